import { useTranslations } from "next-intl";

const styles = {
  ATTENDED: "border-success text-success",
  ABSENT: "border-danger text-danger",
  UNMARKED: "border-line text-muted",
} as const;

/** Attendance as words (colour and a border only add to them). */
export function AttendanceLabel({ attendance }: { attendance: keyof typeof styles }) {
  const t = useTranslations("admin.registrations.attendance");
  return <span className={`tag border-2 bg-white ${styles[attendance]}`}>{t(attendance)}</span>;
}
