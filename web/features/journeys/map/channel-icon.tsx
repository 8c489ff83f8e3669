/** The icon of a step's channel (digital, in person, phone, e-mail, document); decorative. */
import { IconDeviceLaptop, IconFileText, IconMail, IconPhone, IconUsers } from "@tabler/icons-react";

const icons = { digital: IconDeviceLaptop, in_person: IconUsers, phone: IconPhone, email: IconMail, document: IconFileText } as const;

export function ChannelIcon({ channel, size = 13 }: { channel: keyof typeof icons; size?: number }) {
  const Icon = icons[channel];
  return <Icon size={size} aria-hidden style={{ flexShrink: 0 }} />;
}
