/** Page footers for the PDFs generated in the browser with jsPDF (persona sheet, workshop minutes). */
import type { jsPDF } from "jspdf";

/** Writes `text(page, pages)` in small grey Helvetica at (x, y) mm on every page of the document. */
export function addPageFooters(doc: jsPDF, text: (page: number, pages: number) => string, x: number, y: number, grey: number): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont("helvetica", "normal");
    doc.setFontSize(8);
    doc.setTextColor(grey, grey, grey);
    doc.text(text(page, pages), x, y);
  }
}
