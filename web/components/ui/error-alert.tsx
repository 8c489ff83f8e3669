import { Alert, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage, fieldErrors } from "../../lib/error-message";

/** Shows a translated API error and, when present, the field errors. */
export function ErrorAlert({ error, message }: { error?: unknown; message?: string }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  const fields = fieldErrors(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={message ?? errorMessage(t, error)} role="alert">
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((f) => (
            <List.Item key={`${f.path}-${f.message}`}>
              {f.path ? `${t(`fields.${f.path}`, { defaultValue: f.path })} : ` : ""}
              {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
