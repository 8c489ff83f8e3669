/**
 * The state of an ecosystem drawer form (persona, programme): its values, the errors found before sending
 * and those the server returns, field by field, and the focus moved to the first invalid field.
 */
import { type RefObject, useRef, useState } from "react";
import { errorsByField, focusFirstInvalid } from "./ecosystem-api";

export interface FormFields<V> {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Put on the <form>: the focus goes to its first invalid field. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Keeps the errors found before sending; false (and the first invalid field focused) when there are any. */
  check: (errors: Record<string, string>) => boolean;
  /** Focuses the first invalid field (after the server refused the values). */
  focusInvalid: () => void;
  /** A field's error: the one found before sending, else the server's in `saveError`. */
  errorOf: (saveError: unknown) => (key: string) => string | undefined;
}

export function useFormFields<V>(initial: () => V): FormFields<V> {
  const [values, setValues] = useState<V>(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = () => focusFirstInvalid(formRef.current);
  return {
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    formRef,
    check: (errors) => {
      setLocalErrors(errors);
      if (Object.keys(errors).length === 0) return true;
      focusInvalid();
      return false;
    },
    focusInvalid,
    errorOf: (saveError) => {
      const serverErrors = errorsByField(saveError);
      return (key) => localErrors[key] ?? serverErrors[key];
    },
  };
}
