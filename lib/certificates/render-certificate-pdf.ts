import { enGB } from "date-fns/locale";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Certificate } from "../generated/prisma/client";
import messages from "../i18n/messages/certificates.en.json";
import { registerPdfFonts } from "../pdf/fonts";
import { durationMinutes, formatLongDate, formatTimeRange, timeZoneAbbreviation } from "../programme/event-time";
import { weekCertificateSessions } from "./issue-certificate";

// Certificates are built in two steps: gather every line of text from the
// stored certificate (a snapshot, so the PDF never changes after issue), then
// render those lines with pdfkit. The PDF's dates are the certificate's own
// (issue time), so the same certificate renders to the same document.

type PdfMessages = typeof messages.pdf;

export type CertificatePdfData = {
  kind: Certificate["kind"];
  code: string;
  verificationUrl: string;
  holderName: string;
  /** "Social Work England registration number SW123", or null. */
  registrationLine: string | null;
  heading: string;
  title: string;
  /** Session certificates: the date and time, duration and hours lines. */
  details: string[];
  /** Week certificates: one row per session. */
  rows: Array<{ date: string; time: string; title: string; hours: string }>;
  totalHours: string;
  eventLine: string;
  issuedLine: string;
  issuedAt: Date;
  metaTitle: string;
  metaSubject: string;
  author: string;
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "1.5", "2", "0.75": CPD hours as people write them. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(fill(hours === 1 ? messages.units.hour : messages.units.hours, { count: String(hours) }));
  if (rest || !hours) parts.push(fill(rest === 1 ? messages.units.minute : messages.units.minutes, { count: String(rest) }));
  return parts.join(" ");
}

function when(startsAt: Date, endsAt: Date, timeZone: string): string {
  return fill(messages.pdf.when, {
    date: formatLongDate(startsAt, timeZone, enGB),
    time: formatTimeRange(startsAt, endsAt, timeZone, enGB),
    zone: timeZoneAbbreviation(startsAt, timeZone),
  });
}

/** Step one: every line the certificate shows, from the stored snapshot. */
export function gatherCertificatePdfData(certificate: Certificate, siteUrl: string): CertificatePdfData {
  const t = messages.pdf satisfies PdfMessages;
  const hours = formatHours(Number(certificate.hours.toString()));
  const regulator = certificate.regulator ? messages.regulators[certificate.regulator] : null;
  const registrationLine = regulator
    ? certificate.registrationNumber
      ? fill(t.registration, { regulator, number: certificate.registrationNumber })
      : fill(t.regulatorOnly, { regulator })
    : null;
  const isWeek = certificate.kind === "WEEK";
  const rows = isWeek
    ? weekCertificateSessions(certificate).map((session) => {
        const startsAt = new Date(session.startsAt);
        const endsAt = new Date(session.endsAt);
        return {
          date: formatLongDate(startsAt, certificate.timeZone, enGB),
          time: `${formatTimeRange(startsAt, endsAt, certificate.timeZone, enGB)} ${timeZoneAbbreviation(startsAt, certificate.timeZone)}`,
          title: session.title,
          hours: formatHours(session.hours),
        };
      })
    : [];
  return {
    kind: certificate.kind,
    code: certificate.code,
    verificationUrl: `${siteUrl.replace(/\/$/, "")}/certificates/verify/${certificate.code}`,
    holderName: certificate.holderName,
    registrationLine,
    heading: isWeek ? t.weekHeading : t.sessionHeading,
    title: certificate.title,
    details: isWeek
      ? []
      : [
          when(certificate.startsAt, certificate.endsAt, certificate.timeZone),
          `${fill(t.duration, { duration: formatDuration(durationMinutes(certificate.startsAt, certificate.endsAt)) })}   ·   ${fill(t.cpdHours, { hours })}`,
        ],
    rows,
    totalHours: hours,
    eventLine: isWeek
      ? fill(t.organisedBy, { organiser: certificate.organiserName })
      : fill(t.eventLine, { event: certificate.eventTitle, organiser: certificate.organiserName }),
    issuedLine: fill(t.issued, { date: formatLongDate(certificate.issuedAt, certificate.timeZone, enGB) }),
    issuedAt: certificate.issuedAt,
    metaTitle: fill(t.metaTitle, { code: certificate.code, title: certificate.title }),
    metaSubject: fill(t.metaSubject, { holder: certificate.holderName }),
    author: certificate.organiserName,
  };
}

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28, margin: 48 };
const INK = "#1d1d1b";
const BRAND = "#1d4f91";
const MUTED = "#4b4b4b";
const QR_SIZE = 118;

/** Step two: the PDF (A4 landscape, DejaVu fonts embedded, with a QR code to the verification page). */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const t = messages.pdf;
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
    lang: "en-GB",
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

  const contentWidth = PAGE.width - PAGE.margin * 2;
  const footerTop = PAGE.height - PAGE.margin - QR_SIZE;

  const newPage = (continued: boolean) => {
    doc.addPage();
    doc.rect(20, 20, PAGE.width - 40, PAGE.height - 40).lineWidth(3).strokeColor(BRAND).stroke();
    doc.font("bold").fontSize(12).fillColor(BRAND).text(t.brand.toUpperCase(), PAGE.margin, PAGE.margin, { width: contentWidth, characterSpacing: 2 });
    doc.moveDown(0.4);
    doc.font("bold").fontSize(continued ? 16 : 28).fillColor(INK).text(continued ? `${data.heading} ${t.continued}` : data.heading, { width: contentWidth });
    doc.moveDown(continued ? 0.5 : 0.6);
  };

  newPage(false);
  doc.font("regular").fontSize(13).fillColor(MUTED).text(t.certifies, { width: contentWidth });
  doc.moveDown(0.2);
  doc.font("bold").fontSize(26).fillColor(INK).text(data.holderName, { width: contentWidth });
  if (data.registrationLine) doc.font("regular").fontSize(12).fillColor(MUTED).text(data.registrationLine, { width: contentWidth });
  doc.moveDown(0.6);

  if (data.kind === "SESSION") {
    doc.font("regular").fontSize(13).fillColor(MUTED).text(t.attendedSession, { width: contentWidth });
    doc.moveDown(0.2);
    doc.font("bold").fontSize(20).fillColor(INK).text(data.title, { width: contentWidth });
    doc.moveDown(0.3);
    for (const line of data.details) doc.font("regular").fontSize(13).fillColor(INK).text(line, { width: contentWidth });
    doc.moveDown(0.5);
    doc.font("regular").fontSize(13).fillColor(INK).text(data.eventLine, { width: contentWidth });
  } else {
    doc.font("regular").fontSize(13).fillColor(MUTED).text(t.attendedWeek, { width: contentWidth, continued: true });
    doc.font("bold").fillColor(INK).text(` ${data.title}`, { width: contentWidth });
    doc.font("regular").fontSize(12).fillColor(INK).text(data.eventLine, { width: contentWidth });
    doc.moveDown(0.6);
    drawSessionTable(doc, data, footerTop, () => newPage(true));
  }

  drawFooter(doc, data, footerTop);
  doc.end();
  return finished;
}

function drawSessionTable(doc: PDFKit.PDFDocument, data: CertificatePdfData, footerTop: number, addPage: () => void) {
  const t = messages.pdf;
  const x = PAGE.margin;
  const width = PAGE.width - PAGE.margin * 2;
  const columns = [
    { key: "date", label: t.tableDate, width: 190 },
    { key: "time", label: t.tableTime, width: 120 },
    { key: "title", label: t.tableSession, width: width - 190 - 120 - 90 },
    { key: "hours", label: t.tableHours, width: 90 },
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
      doc.font(font).fontSize(10.5).fillColor(INK).text(cells[column.key], left + 4, top + 4, { width: column.width - 8, align: column.key === "hours" ? "right" : "left" });
      left += column.width;
    }
    doc.moveTo(x, top + height).lineTo(x + width, top + height).lineWidth(0.5).strokeColor("#9a9a9a").stroke();
    doc.x = x;
    doc.y = top + height;
  };
  const header = () => row({ date: t.tableDate, time: t.tableTime, title: t.tableSession, hours: t.tableHours }, "bold");
  header();
  for (const cells of data.rows) row(cells, "regular");
  row({ date: "", time: "", title: t.total, hours: data.totalHours }, "bold");
}

function drawFooter(doc: PDFKit.PDFDocument, data: CertificatePdfData, footerTop: number) {
  const t = messages.pdf;
  const qrLeft = PAGE.width - PAGE.margin - QR_SIZE;
  const textWidth = qrLeft - PAGE.margin - 24;
  drawQrCode(doc, data.verificationUrl, qrLeft, footerTop, QR_SIZE);
  doc.font("bold").fontSize(12).fillColor(INK).text(fill(t.code, { code: data.code }), PAGE.margin, footerTop + 20, { width: textWidth });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(10.5).fillColor(INK).text(t.verify, { width: textWidth });
  // The address on a line of its own, never broken inside the code.
  doc.font("regular").fontSize(fitSize(doc, data.verificationUrl, textWidth, 10.5)).fillColor(BRAND).text(data.verificationUrl, { width: textWidth, lineBreak: false });
  doc.x = PAGE.margin;
  doc.moveDown(0.3);
  doc.font("regular").fontSize(10.5).fillColor(MUTED).text(data.issuedLine, { width: textWidth });
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
