// Shared look of the login forms: large targets and text, clear focus.
export const formStyles = {
  label: "block font-medium",
  hint: "mt-1 text-sm text-slate-600",
  input:
    "mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-3 text-lg aria-[invalid=true]:border-red-700",
  fieldError: "mt-2 font-medium text-red-800",
  alert: "mt-6 rounded-md border border-red-700 bg-red-50 p-4 text-red-900",
  status: "mt-6 rounded-md border border-brand-600 bg-brand-50 p-4",
  primaryButton:
    "w-full rounded-md bg-brand-700 px-4 py-3 text-lg font-medium text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto",
  secondaryButton:
    "w-full rounded-md border border-brand-700 bg-white px-4 py-3 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70 sm:w-auto",
} as const;
