// The look of the admin forms and buttons: clear labels, visible focus,
// errors that do not rely on colour alone.
export const adminStyles = {
  label: "block font-medium text-slate-900",
  hint: "mt-1 text-sm text-slate-600",
  input:
    "mt-2 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700",
  fieldError: "mt-2 font-medium text-red-800",
  alert: "rounded-md border border-red-700 bg-red-50 p-4 text-red-900",
  success: "rounded-md border border-brand-600 bg-brand-50 p-4 text-brand-800",
  warning: "rounded-md border border-amber-600 bg-amber-50 p-4 text-amber-900",
  primaryButton:
    "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70",
  secondaryButton:
    "inline-flex items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70",
  dangerButton:
    "inline-flex items-center justify-center rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-70",
  dangerSolidButton:
    "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-70",
  link: "text-brand-700 underline underline-offset-4 hover:text-brand-800",
} as const;
