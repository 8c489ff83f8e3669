/** A small popover form asking for one title (new stage, new step, rename), opened by its trigger. */
import { Button, Group, Popover, TextInput } from "@mantine/core";
import { cloneElement, type ReactElement, type Ref, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  placeholder?: string;
  onSubmit: (title: string) => Promise<unknown> | undefined;
  /** Renders the trigger; `open` toggles the form. */
  trigger: (open: () => void, isOpen: boolean) => ReactElement;
  /** Opens the form when mounted (a lazily mounted form, see LazyTitleForm); the trigger takes a ref. */
  defaultOpen?: boolean;
}

export function InlineTitleForm({ label, submitLabel, initial = "", placeholder, onSubmit, trigger, defaultOpen = false }: Props) {
  const { t } = useTranslation("journeyMap");
  const [isOpen, setIsOpen] = useState(false);
  const targetRef = useRef<HTMLElement>(null);
  const [value, setValue] = useState(initial);
  const [isBusy, setIsBusy] = useState(false);
  const open = () => {
    setValue(initial);
    setIsOpen((o) => !o);
  };
  // Mounted on first use: focus the trigger, then open, so the Popover returns focus there on close.
  useEffect(() => {
    if (!defaultOpen) return;
    targetRef.current?.focus();
    setIsOpen(true);
  }, [defaultOpen]);
  const target = trigger(open, isOpen);
  return (
    <Popover opened={isOpen} onChange={setIsOpen} trapFocus returnFocus withArrow shadow="md" width={300} position="bottom-start">
      <Popover.Target>{defaultOpen ? cloneElement(target as ReactElement<{ ref?: Ref<HTMLElement> }>, { ref: targetRef }) : target}</Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const title = value.trim();
            if (!title) return;
            setIsBusy(true);
            await onSubmit(title);
            setIsBusy(false);
            setIsOpen(false);
          }}
        >
          <TextInput
            label={label}
            placeholder={placeholder}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            maxLength={200}
            required
            data-autofocus
          />
          <Group justify="flex-end" mt="sm" gap="xs">
            <Button variant="default" size="xs" onClick={() => setIsOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" size="xs" loading={isBusy}>
              {submitLabel}
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

/**
 * An InlineTitleForm mounted on first use: until then only its trigger (a plain element, no
 * Popover), so the headers of a large map stay cheap; the first click mounts the form already open.
 */
export function LazyTitleForm(props: Omit<Props, "defaultOpen">) {
  const [mounted, setMounted] = useState(false);
  if (!mounted) return props.trigger(() => setMounted(true), false);
  return <InlineTitleForm {...props} defaultOpen />;
}
