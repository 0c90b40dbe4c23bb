import type { ComponentProps } from "react";
import { FormField } from "./form-field";

type Props = Omit<ComponentProps<typeof FormField>, "id" | "name" | "type">;

// The e-mail address of the sign-in and forgotten-password forms: typed on
// a phone without capitals or corrections, and offered by password
// managers as the account's name.
export function EmailField(props: Props) {
  return (
    <FormField
      id="email"
      name="email"
      type="email"
      inputMode="email"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...props}
    />
  );
}
