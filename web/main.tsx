import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { i18nReady } from "./app/i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Providers } from "./app/providers";

const container = document.getElementById("root");
if (!container) throw new Error("Missing #root element");

// In French at once; in English once its strings have arrived (fetched while the page's chunks are).
await i18nReady;
createRoot(container).render(
  <StrictMode>
    <Providers />
  </StrictMode>,
);
