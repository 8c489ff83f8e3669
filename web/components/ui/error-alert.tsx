import { Alert, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage, fieldErrors, fieldErrorText } from "../../lib/error-message";

/** Shows a translated API error and, when present, one translated sentence per field (never the server's English text). */
export function ErrorAlert({ error, message }: { error?: unknown; message?: string }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  const fields = fieldErrors(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={message ?? errorMessage(t, error)} role="alert">
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((f) => (
            <List.Item key={`${f.path}-${f.message}`}>{fieldErrorText(t, f)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
