import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Pages are loaded when first opened (web/app/lazy-page.ts). What every page needs — the modules
    // main.tsx imports statically — is one chunk rather than a dozen small ones: fewer round trips on
    // a phone. The rest keeps Rolldown's automatic chunks, each loaded only by the pages using it.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "first-load", tags: ["$initial"] }] } } },
    chunkSizeWarningLimit: 500,
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
