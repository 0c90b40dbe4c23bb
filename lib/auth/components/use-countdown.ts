"use client";

import { useEffect, useState } from "react";

// Whole seconds left of a wait of `seconds`, counted down once a second
// from the moment `restartKey` last changed. The first render returns
// `seconds` itself, so the server render and the browser agree.
export function useCountdown(seconds: number, restartKey: unknown): number {
  const [tick, setTick] = useState<{ key: unknown; left: number } | null>(null);

  useEffect(() => {
    const deadline = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setTick({ key: restartKey, left });
      if (left === 0) clearInterval(timer);
    }, 1000);

    return () => clearInterval(timer);
  }, [seconds, restartKey]);

  return tick && tick.key === restartKey ? tick.left : seconds;
}
