import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./app/i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Providers } from "./app/providers";

const container = document.getElementById("root");
if (!container) throw new Error("Missing #root element");

createRoot(container).render(
  <StrictMode>
    <Providers />
  </StrictMode>,
);
