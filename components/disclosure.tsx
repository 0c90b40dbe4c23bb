"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

type DisclosureProps = {
  label: React.ReactNode;
  children: React.ReactNode;
  buttonClassName?: string;
  panelClassName?: string;
};

// A button that shows and hides a panel (the WAI-ARIA disclosure pattern).
// It closes on Escape, on a click or focus outside, and after navigation.
export function Disclosure({ label, children, buttonClassName, panelClassName }: DisclosureProps) {
  const pathname = usePathname();
  // Remembering where it was opened closes it on any route change without
  // an extra effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpenOn(null);
    };

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);

    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [open]);

  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className={buttonClassName}
      >
        {label}
      </button>
      <div id={panelId} hidden={!open} className={panelClassName}>
        {children}
      </div>
    </div>
  );
}
