// Join links for the demo's online sessions: shaped like the real platforms'
// links (so the join link checks and pages treat them as such), never real meetings.

export const TEAMS = "Microsoft Teams";
export const ZOOM = "Zoom";

export function teamsUrl(code: string): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${code}%40thread.v2/0?context=%7b%22Tid%22%3a%22demo-cpdweek%22%7d`;
}

export function zoomUrl(meetingId: string): string {
  return `https://zoom.us/j/${meetingId}?pwd=demoCpdWeek2025`;
}
