/** A persona's picture, or their initials in a circle coloured by stakeholder category. Decorative: the name is always shown beside it. */
import { Box, Image } from "@mantine/core";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { categoryColours } from "../../../shared/stakeholders/category-colours.js";
import { initials } from "./ecosystem-api";

type Props = { persona: Pick<Persona, "name" | "category" | "avatarUrl">; size?: number; src?: string | null };

export function PersonaAvatar({ persona, size = 64, src }: Props) {
  const url = src ?? persona.avatarUrl;
  if (url) {
    return <Image src={url} alt="" w={size} h={size} radius={size} fit="cover" style={{ flexShrink: 0 }} />;
  }
  return (
    <Box
      aria-hidden
      w={size}
      h={size}
      style={{
        borderRadius: "50%",
        background: categoryColours[persona.category].strong,
        color: "#fff",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        fontWeight: 700,
        fontSize: Math.round(size * 0.38),
        flexShrink: 0,
        userSelect: "none",
      }}
    >
      {initials(persona.name)}
    </Box>
  );
}
