/** The complete answers of a survey as a CSV (comma or semicolon) or XLSX file (no identity for an anonymous survey). */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { type CsvSeparator, csvDelimiters } from "../../../shared/schemas/csv.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { completeResponses, questionsInOrder } from "./results.queries.js";
import { findSurvey } from "./surveys.queries.js";

export type ExportFile = { filename: string; contentType: string; body: string | Buffer };

export async function exportResponses(ctx: AppContext, organisationId: string, surveyId: string, format: "csv" | "xlsx", separator: CsvSeparator = "comma"): Promise<ExportFile> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const questions = await questionsInOrder(ctx.db, organisationId, survey.id);
  const responses = await completeResponses(ctx.db, organisationId, survey.id);
  const locale = survey.locales[0] === "en" ? "en" : "fr";
  const header = [
    "Date",
    ...(survey.isAnonymous ? [] : [locale === "en" ? "E-mail" : "Courriel"]),
    locale === "en" ? "Cohort" : "Promotion",
    ...questions.map((q) => q.label[locale] ?? q.label.fr ?? q.label.en ?? ""),
  ];
  const rows = responses.map((response) => [
    // An anonymous answer is dated by its month only (survey-answers/answers.service.ts).
    (survey.isAnonymous ? response.submittedOn?.slice(0, 7) : response.submittedOn) ?? "",
    ...(survey.isAnonymous ? [] : [response.respondentEmail ?? ""]),
    response.cohort,
    ...questions.map((q) => {
      const value = response.answers[q.id];
      return value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);
    }),
  ]);
  const filename = `reponses-${survey.id.slice(0, 8)}.${format}`;
  if (format === "csv") {
    return { filename, contentType: "text/csv; charset=utf-8", body: `\uFEFF${stringify([header, ...rows], { delimiter: csvDelimiters[separator], escape_formulas: true })}` };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === "en" ? "Answers" : "Réponses");
  sheet.addRow(header).font = { bold: true };
  // A cell starting like a formula is written as text (as the CSV's escape_formulas does).
  for (const row of rows) sheet.addRow(row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  return { filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
