/** Kept for participants-section.tsx (owned elsewhere): the scrolling table region now lives in components/ui. */
export { ScrollTable } from "../../components/ui/scroll-table";
