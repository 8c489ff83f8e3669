/**
 * The grid headers' icons as one SVG sprite: each icon is drawn once in a hidden <symbol> and the
 * headers show it through <use> (2 elements instead of 5–8 per icon: ~500 fewer nodes on a 40-step
 * map). Decorative; they take the text colour (currentColor). One grid per page, so fixed ids.
 */
import { IconClock, IconDeviceLaptop, IconDots, IconFileText, IconGripVertical, IconMail, IconPhone, IconPlus, IconUsers } from "@tabler/icons-react";

const icons = {
  grip: IconGripVertical,
  dots: IconDots,
  clock: IconClock,
  plus: IconPlus,
  digital: IconDeviceLaptop,
  in_person: IconUsers,
  phone: IconPhone,
  email: IconMail,
  document: IconFileText,
} as const;

export type SpriteIconName = keyof typeof icons;

export function IconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" style={{ position: "absolute", width: 0, height: 0, overflow: "hidden" }}>
      <defs>
        {Object.entries(icons).map(([name, Icon]) => (
          <symbol key={name} id={`jm-icon-${name}`} viewBox="0 0 24 24">
            <Icon size={24} />
          </symbol>
        ))}
      </defs>
    </svg>
  );
}

export function SpriteIcon({ name, size }: { name: SpriteIconName; size: number }) {
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <use href={`#jm-icon-${name}`} />
    </svg>
  );
}
