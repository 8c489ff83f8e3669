/** Says when the room is not connected, and how many of the person's changes wait to be sent. */
import { Alert, Anchor, Loader } from "@mantine/core";
import { IconPlugConnected, IconWifiOff } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRoom } from "./room-context";

export function ConnectionBanner() {
  const { t } = useTranslation("workshopLive");
  const { status, outbox } = useRoom();
  const waiting = outbox.length;
  // Online, a command is acknowledged in milliseconds: only say "sending" when it takes a while,
  // so the page does not jump at every note.
  const [isSlow, setIsSlow] = useState(false);
  useEffect(() => {
    setIsSlow(false);
    if (status !== "online" || waiting === 0) return;
    const timer = setTimeout(() => setIsSlow(true), 1500);
    return () => clearTimeout(timer);
  }, [status, waiting]);
  if (status === "online" && (waiting === 0 || !isSlow)) return null;
  if (status === "online")
    return (
      <Alert color="indigo" variant="light" icon={<Loader size={16} aria-hidden />} role="status" py={6}>
        {t("connection.sending", { count: waiting })}
      </Alert>
    );
  if (status === "connecting")
    return (
      <Alert color="gray" variant="light" icon={<IconPlugConnected size={18} aria-hidden />} role="status" py={6}>
        {t("connection.connecting")}
      </Alert>
    );
  if (status === "signedOut" || status === "notFound")
    return (
      <Alert color="red" variant="light" icon={<IconWifiOff size={18} aria-hidden />} role="alert" title={t(`connection.${status}Title`)}>
        {t(`connection.${status}`)}
        {status === "signedOut" && (
          <>
            {" "}
            <Anchor href={`/sign-in?redirect=${encodeURIComponent(window.location.pathname)}`}>{t("connection.signIn")}</Anchor>
          </>
        )}
      </Alert>
    );
  return (
    <Alert
      color={status === "unreachable" ? "red" : "orange"}
      variant="light"
      icon={<IconWifiOff size={18} aria-hidden />}
      role="alert"
      title={status === "unreachable" ? t("connection.unreachableTitle") : t("connection.lostTitle")}
    >
      {status === "unreachable" ? t("connection.unreachable") : t("connection.lost")}
      {waiting > 0 && ` ${t("connection.waiting", { count: waiting })}`}
    </Alert>
  );
}
