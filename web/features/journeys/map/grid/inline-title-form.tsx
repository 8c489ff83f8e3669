/** A small popover form asking for one title (new stage, new step, rename), opened by its trigger. */
import { Button, Group, Popover, TextInput } from "@mantine/core";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  placeholder?: string;
  onSubmit: (title: string) => Promise<unknown> | undefined;
  /** Renders the trigger; `open` toggles the form. */
  trigger: (open: () => void, isOpen: boolean) => ReactElement;
}

export function InlineTitleForm({ label, submitLabel, initial = "", placeholder, onSubmit, trigger }: Props) {
  const { t } = useTranslation("journeyMap");
  const [isOpen, setIsOpen] = useState(false);
  const [value, setValue] = useState(initial);
  const [isBusy, setIsBusy] = useState(false);
  const open = () => {
    setValue(initial);
    setIsOpen((o) => !o);
  };
  return (
    <Popover opened={isOpen} onChange={setIsOpen} trapFocus returnFocus withArrow shadow="md" width={300} position="bottom-start">
      <Popover.Target>{trigger(open, isOpen)}</Popover.Target>
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
