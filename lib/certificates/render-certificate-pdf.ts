import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { correspondenceLocales } from "../email/email-text";
import type { Certificate } from "../generated/prisma/client";
import { translatorFor, type Translate } from "../i18n/catalogue";
import { dateLocale, type AppLocale } from "../i18n/locales";
import { registerPdfFonts } from "../pdf/fonts";
import { durationMinutes, formatLongDate, formatTimeRange, timeZoneAbbreviation } from "../programme/event-time";
import { weekCertificateSessions } from "./issue-certificate";

// Certificates are built in two steps: gather every line of text from the
// stored certificate (a snapshot, so the PDF never changes after issue), then
// render those lines with pdfkit. The PDF's dates are the certificate's own
// (issue time), so the same certificate renders to the same document.
//
// The snapshot records the holder's language: a Welsh or an English
// certificate has one language; a bilingual one has both on the same page,
// each line in Welsh and then in English (the Welsh Language Standards ask
// that Welsh is not treated less favourably, so it comes first and is the
// same size). Every line is therefore a list with one entry per language.

/** One piece of text in each of the certificate's languages (equal versions kept once). */
export type Versions = string[];

export type CertificatePdfData = {
  kind: Certificate["kind"];
  code: string;
  /** The verification page in the certificate's first language. */
  verificationUrl: string;
  /** The PDF's language tag: "cy", "en-GB", or "cy" for a bilingual one (Welsh first). */
  lang: string;
  bilingual: boolean;
  holderName: string;
  brand: Versions;
  heading: Versions;
  continued: Versions;
  certifies: Versions;
  /** "Social Work England registration number SW123", or null. */
  registrationLine: Versions | null;
  attended: Versions;
  title: Versions;
  /** Session certificates: the date and time, duration and hours lines. */
  details: Versions[];
  /** Week certificates: one row per session, each cell in every language. */
  rows: Array<{ date: Versions; time: Versions; title: Versions; hours: string }>;
  tableHeadings: { date: Versions; time: Versions; title: Versions; hours: Versions; total: Versions };
  totalHours: string;
  eventLine: Versions;
  codeLine: Versions;
  verify: Versions;
  issuedLine: Versions;
  issuedAt: Date;
  metaTitle: string;
  metaSubject: string;
  author: string;
};

/** "1.5", "2", "0.75": CPD hours as people write them. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

function formatDuration(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(t(hours === 1 ? "certificates.units.hour" : "certificates.units.hours", { count: String(hours) }));
  if (rest || !hours) parts.push(t(rest === 1 ? "certificates.units.minute" : "certificates.units.minutes", { count: String(rest) }));
  return parts.join(" ");
}

/** The certificate's text in one language. */
type LocaleText = ReturnType<typeof certificateTextIn>;

function certificateTextIn(certificate: Certificate, locale: AppLocale) {
  const t = translatorFor(locale);
  const dates = dateLocale(locale);
  const welsh = locale === "cy";
  const zone = certificate.timeZone;
  const hours = formatHours(Number(certificate.hours.toString()));
  const title = (welsh && certificate.titleCy) || certificate.title;
  const event = (welsh && certificate.eventTitleCy) || certificate.eventTitle;
  const organiser = (welsh && certificate.organiserNameCy) || certificate.organiserName;
  const regulator = certificate.regulator ? t(`certificates.regulators.${certificate.regulator}`) : null;
  const isWeek = certificate.kind === "WEEK";
  const when = t("certificates.pdf.when", {
    date: formatLongDate(certificate.startsAt, zone, dates),
    time: formatTimeRange(certificate.startsAt, certificate.endsAt, zone, dates),
    zone: timeZoneAbbreviation(certificate.startsAt, zone),
  });
  return {
    brand: t("certificates.pdf.brand"),
    heading: isWeek ? t("certificates.pdf.weekHeading") : t("certificates.pdf.sessionHeading"),
    continued: t("certificates.pdf.continued"),
    certifies: t("certificates.pdf.certifies"),
    registrationLine: regulator
      ? certificate.registrationNumber
        ? t("certificates.pdf.registration", { regulator, number: certificate.registrationNumber })
        : t("certificates.pdf.regulatorOnly", { regulator })
      : null,
    attended: isWeek ? t("certificates.pdf.attendedWeek") : t("certificates.pdf.attendedSession"),
    title,
    details: isWeek
      ? []
      : [
          when,
          `${t("certificates.pdf.duration", { duration: formatDuration(t, durationMinutes(certificate.startsAt, certificate.endsAt)) })}   ·   ${t("certificates.pdf.cpdHours", { hours })}`,
        ],
    rows: weekCertificateSessions(certificate).map((session) => {
      const startsAt = new Date(session.startsAt);
      const endsAt = new Date(session.endsAt);
      return {
        date: formatLongDate(startsAt, zone, dates),
        time: `${formatTimeRange(startsAt, endsAt, zone, dates)} ${timeZoneAbbreviation(startsAt, zone)}`,
        title: (welsh && session.titleCy) || session.title,
      };
    }),
    tableHeadings: {
      date: t("certificates.pdf.tableDate"),
      time: t("certificates.pdf.tableTime"),
      title: t("certificates.pdf.tableSession"),
      hours: t("certificates.pdf.tableHours"),
      total: t("certificates.pdf.total"),
    },
    eventLine: isWeek ? t("certificates.pdf.organisedBy", { organiser }) : t("certificates.pdf.eventLine", { event, organiser }),
    codeLine: t("certificates.pdf.code", { code: certificate.code }),
    verify: t("certificates.pdf.verify"),
    issuedLine: t("certificates.pdf.issued", { date: formatLongDate(certificate.issuedAt, zone, dates) }),
    metaTitle: t("certificates.pdf.metaTitle", { code: certificate.code, title }),
    metaSubject: t("certificates.pdf.metaSubject", { holder: certificate.holderName }),
  };
}

/** The versions of one piece of text, in the certificate's language order, each distinct version once. */
function versions(texts: LocaleText[], pick: (text: LocaleText) => string): Versions {
  return [...new Set(texts.map(pick))];
}

/** Step one: every line the certificate shows, from the stored snapshot, in its language or languages. */
export function gatherCertificatePdfData(certificate: Certificate, siteUrl: string): CertificatePdfData {
  const locales = correspondenceLocales(certificate.language);
  const texts = locales.map((locale) => certificateTextIn(certificate, locale));
  const first = texts[0]!;
  const pick = (key: keyof Omit<LocaleText, "registrationLine" | "details" | "rows" | "tableHeadings">) => versions(texts, (text) => text[key]);
  const prefix = locales[0] === "cy" ? "/cy" : "";
  return {
    kind: certificate.kind,
    code: certificate.code,
    verificationUrl: `${siteUrl.replace(/\/$/, "")}${prefix}/certificates/verify/${certificate.code}`,
    lang: locales[0] === "cy" ? "cy" : "en-GB",
    bilingual: locales.length > 1,
    holderName: certificate.holderName,
    brand: pick("brand"),
    heading: pick("heading"),
    continued: pick("continued"),
    certifies: pick("certifies"),
    registrationLine: first.registrationLine === null ? null : versions(texts, (text) => text.registrationLine ?? ""),
    attended: pick("attended"),
    title: pick("title"),
    details: first.details.map((_, index) => versions(texts, (text) => text.details[index] ?? "")),
    rows: weekCertificateSessions(certificate).map((session, index) => ({
      date: versions(texts, (text) => text.rows[index]!.date),
      time: versions(texts, (text) => text.rows[index]!.time),
      title: versions(texts, (text) => text.rows[index]!.title),
      hours: formatHours(session.hours),
    })),
    tableHeadings: {
      date: versions(texts, (text) => text.tableHeadings.date),
      time: versions(texts, (text) => text.tableHeadings.time),
      title: versions(texts, (text) => text.tableHeadings.title),
      hours: versions(texts, (text) => text.tableHeadings.hours),
      total: versions(texts, (text) => text.tableHeadings.total),
    },
    totalHours: formatHours(Number(certificate.hours.toString())),
    eventLine: pick("eventLine"),
    codeLine: pick("codeLine"),
    verify: pick("verify"),
    issuedLine: pick("issuedLine"),
    issuedAt: certificate.issuedAt,
    metaTitle: texts.map((text) => text.metaTitle).join(" / "),
    metaSubject: texts.map((text) => text.metaSubject).join(" / "),
    author: (locales[0] === "cy" && certificate.organiserNameCy) || certificate.organiserName,
  };
}

/** Lines of text (one per language) as one block. */
function lines(text: Versions): string {
  return text.join("\n");
}

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28, margin: 48 };
const INK = "#1d1d1b";
const BRAND = "#1d4f91";
const MUTED = "#4b4b4b";
const QR_SIZE = 118;

/** Step two: the PDF (A4 landscape, DejaVu fonts embedded, with a QR code to the verification page). */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    autoFirstPage: false,
    info: {
      Title: data.metaTitle,
      Author: data.author,
      Subject: data.metaSubject,
      Creator: "CPD Week",
      Producer: "CPD Week",
      CreationDate: data.issuedAt,
      ModDate: data.issuedAt,
    },
    lang: data.lang,
    displayTitle: true,
    pdfVersion: "1.7",
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Both languages on one page take two lines where one took one: the type is a little smaller.
  const size = (points: number) => (data.bilingual ? Math.round(points * 0.8 * 2) / 2 : points);
  const contentWidth = PAGE.width - PAGE.margin * 2;
  const footerTop = PAGE.height - PAGE.margin - QR_SIZE;

  const newPage = (continued: boolean) => {
    doc.addPage();
    doc
      .rect(20, 20, PAGE.width - 40, PAGE.height - 40)
      .lineWidth(3)
      .strokeColor(BRAND)
      .stroke();
    doc
      .font("bold")
      .fontSize(12)
      .fillColor(BRAND)
      .text(data.brand.join(" · ").toUpperCase(), PAGE.margin, PAGE.margin, { width: contentWidth, characterSpacing: 2 });
    doc.moveDown(0.4);
    const heading = continued ? data.heading.map((line, index) => `${line} ${data.continued[index] ?? data.continued[0]}`) : data.heading;
    doc
      .font("bold")
      .fontSize(continued ? 16 : size(28))
      .fillColor(INK)
      .text(continued ? heading.join(" / ") : lines(heading), { width: contentWidth });
    doc.moveDown(continued ? 0.5 : 0.6);
  };

  newPage(false);
  doc.font("regular").fontSize(size(13)).fillColor(MUTED).text(lines(data.certifies), { width: contentWidth });
  doc.moveDown(0.2);
  doc.font("bold").fontSize(size(26)).fillColor(INK).text(data.holderName, { width: contentWidth });
  if (data.registrationLine) doc.font("regular").fontSize(size(12)).fillColor(MUTED).text(lines(data.registrationLine), { width: contentWidth });
  doc.moveDown(0.6);

  if (data.kind === "SESSION") {
    doc.font("regular").fontSize(size(13)).fillColor(MUTED).text(lines(data.attended), { width: contentWidth });
    doc.moveDown(0.2);
    doc.font("bold").fontSize(size(20)).fillColor(INK).text(lines(data.title), { width: contentWidth });
    doc.moveDown(0.3);
    for (const line of data.details) doc.font("regular").fontSize(size(13)).fillColor(INK).text(lines(line), { width: contentWidth });
    doc.moveDown(0.5);
    doc.font("regular").fontSize(size(13)).fillColor(INK).text(lines(data.eventLine), { width: contentWidth });
  } else {
    data.attended.forEach((attended, index) => {
      doc.font("regular").fontSize(size(13)).fillColor(MUTED).text(attended, PAGE.margin, doc.y, { width: contentWidth, continued: true });
      doc
        .font("bold")
        .fillColor(INK)
        .text(` ${data.title[index] ?? data.title[0]}`, { width: contentWidth });
    });
    doc.font("regular").fontSize(size(12)).fillColor(INK).text(lines(data.eventLine), { width: contentWidth });
    doc.moveDown(0.6);
    drawSessionTable(doc, data, footerTop, () => newPage(true));
  }

  drawFooter(doc, data, footerTop);
  doc.end();
  return finished;
}

function drawSessionTable(doc: PDFKit.PDFDocument, data: CertificatePdfData, footerTop: number, addPage: () => void) {
  const x = PAGE.margin;
  const width = PAGE.width - PAGE.margin * 2;
  const headings = data.tableHeadings;
  const columns = [
    { key: "date", width: 190 },
    { key: "time", width: 120 },
    { key: "title", width: width - 190 - 120 - 90 },
    { key: "hours", width: 90 },
  ] as const;
  const bottom = footerTop - 16;
  const row = (cells: Record<(typeof columns)[number]["key"], string>, font: "regular" | "bold") => {
    doc.font(font).fontSize(10.5);
    const height = Math.max(...columns.map((column) => doc.heightOfString(cells[column.key], { width: column.width - 8 }))) + 8;
    if (doc.y + height > bottom) {
      addPage();
      header();
    }
    const top = doc.y;
    let left = x;
    for (const column of columns) {
      doc
        .font(font)
        .fontSize(10.5)
        .fillColor(INK)
        .text(cells[column.key], left + 4, top + 4, { width: column.width - 8, align: column.key === "hours" ? "right" : "left" });
      left += column.width;
    }
    doc
      .moveTo(x, top + height)
      .lineTo(x + width, top + height)
      .lineWidth(0.5)
      .strokeColor("#9a9a9a")
      .stroke();
    doc.x = x;
    doc.y = top + height;
  };
  const header = () => row({ date: lines(headings.date), time: lines(headings.time), title: lines(headings.title), hours: lines(headings.hours) }, "bold");
  header();
  for (const cells of data.rows) row({ date: lines(cells.date), time: lines(cells.time), title: lines(cells.title), hours: cells.hours }, "regular");
  row({ date: "", time: "", title: lines(headings.total), hours: data.totalHours }, "bold");
}

function drawFooter(doc: PDFKit.PDFDocument, data: CertificatePdfData, footerTop: number) {
  const qrLeft = PAGE.width - PAGE.margin - QR_SIZE;
  const textWidth = qrLeft - PAGE.margin - 24;
  const small = data.bilingual ? 9.5 : 10.5;
  drawQrCode(doc, data.verificationUrl, qrLeft, footerTop, QR_SIZE);
  doc
    .font("bold")
    .fontSize(data.bilingual ? 11 : 12)
    .fillColor(INK)
    .text(lines(data.codeLine), PAGE.margin, footerTop + (data.bilingual ? 4 : 20), { width: textWidth });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(small).fillColor(INK).text(lines(data.verify), { width: textWidth });
  // The address on a line of its own, never broken inside the code.
  doc
    .font("regular")
    .fontSize(fitSize(doc, data.verificationUrl, textWidth, small))
    .fillColor(BRAND)
    .text(data.verificationUrl, { width: textWidth, lineBreak: false });
  doc.x = PAGE.margin;
  doc.moveDown(0.3);
  doc.font("regular").fontSize(small).fillColor(MUTED).text(lines(data.issuedLine), { width: textWidth });
}

/**
 * The QR code as vector squares (one path, runs of dark modules merged): sharp at
 * any print size, and far cheaper than encoding a PNG for pdfkit to decode again.
 * One module of white margin; the page around it is white too.
 */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, left: number, top: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const margin = 1;
  const cell = size / (modules.size + margin * 2);
  doc.rect(left, top, size, size).fillColor("#ffffff").fill();
  for (let row = 0; row < modules.size; row++) {
    let runStart = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && runStart < 0) runStart = column;
      if (!dark && runStart >= 0) {
        // A hair taller than a module, so no light seam shows between rows when the page is rasterised.
        doc.rect(left + (margin + runStart) * cell, top + (margin + row) * cell, (column - runStart) * cell, cell + 0.05);
        runStart = -1;
      }
    }
  }
  doc.fillColor("#000000").fill();
}

/** The largest font size (down to 6pt) at which a line fits the width. */
function fitSize(doc: PDFKit.PDFDocument, text: string, width: number, size: number): number {
  for (let candidate = size; candidate > 6; candidate -= 0.5) {
    if (doc.fontSize(candidate).widthOfString(text) <= width) return candidate;
  }
  return 6;
}
