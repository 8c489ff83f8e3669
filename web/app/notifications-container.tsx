/** Mantine's notifications container, in a chunk of its own (see LazyNotifications in providers.tsx). */
import { Notifications } from "@mantine/notifications";

export default function NotificationsContainer() {
  return <Notifications position="top-right" />;
}
