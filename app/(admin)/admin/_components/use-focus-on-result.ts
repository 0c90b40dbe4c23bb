"use client";

import { useEffect, useRef } from "react";
import type { AdminFormState } from "@/lib/admin/actions/admin-form-state";

// After a refused submit, focus goes to the first field to fix, or else to
// the message, so keyboard and screen-reader users land where it matters.
export function useFocusOnResult(state: AdminFormState, fieldOrder: readonly string[]) {
  const messageRef = useRef<HTMLDivElement>(null);
  const fieldRefs = useRef<Record<string, HTMLInputElement | null>>({});

  useEffect(() => {
    if (!state) return;

    const firstInvalid = state.ok
      ? undefined
      : fieldOrder.find((field) => state.fieldErrors?.[field]);
    const field = firstInvalid ? fieldRefs.current[firstInvalid] : null;
    if (field) field.focus();
    else messageRef.current?.focus();
  }, [state, fieldOrder]);

  const fieldRef = (name: string) => (element: HTMLInputElement | null) => {
    fieldRefs.current[name] = element;
  };

  return { messageRef, fieldRef };
}
