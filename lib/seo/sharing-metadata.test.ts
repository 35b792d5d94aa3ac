import { describe, expect, it } from "vitest";
import { sessionOpenGraphImagePath, sessionShareImage, weekShareImage } from "./share-image";
import { sharingMetadata } from "./sharing-metadata";

const siteUrl = "https://cpdweek.example.org";

const session = {
  slug: "do-you-get-me",
  title: "Do you get me?",
  titleCy: "“Wyt ti’n fy neall i?”",
  startsAt: new Date("2025-03-18T10:00:00Z"),
  endsAt: new Date("2025-03-18T11:30:00Z"),
  cancelled: false,
  event: {
    title: "Social Work Week 2025",
    titleCy: "Wythnos Gwaith Cymdeithasol 2025",
    timeZone: "Europe/London",
    organiserName: "Social Care Wales",
    organiserNameCy: "Gofal Cymdeithasol Cymru",
  },
  theme: { name: "Strengthening our professional relationships", nameCy: "Cryfhau ein perthnasoedd proffesiynol", colour: "#1d70b8" },
};

const week = {
  slug: "social-work-week-2025",
  title: "Social Work Week 2025",
  titleCy: "Wythnos Gwaith Cymdeithasol 2025",
  startDate: new Date("2025-03-17"),
  endDate: new Date("2025-03-21"),
  organiserName: "Social Care Wales",
  organiserNameCy: "Gofal Cymdeithasol Cymru",
};

describe("a page's share image in its metadata", () => {
  it("points og:image and twitter:image at the session's image, absolute, with its size and alt text in English", () => {
    const image = sessionShareImage(session, { siteUrl, locale: "en" });
    expect(image.url).toMatch(/^https:\/\/cpdweek\.example\.org\/sessions\/do-you-get-me\/og-image\.png\?v=[0-9a-f]{12}$/);
    const metadata = sharingMetadata({ locale: "en", title: "Do you get me?", description: "Language and communication.", image, type: "article" });
    expect(metadata.openGraph).toEqual({
      type: "article",
      siteName: "CPD Week",
      locale: "en_GB",
      alternateLocale: "cy_GB",
      title: "Do you get me?",
      description: "Language and communication.",
      images: [
        {
          url: image.url,
          width: 1200,
          height: 630,
          alt: "Do you get me? Tuesday 18 March 2025 · 10:00–11:30 GMT. Strengthening our professional relationships. Social Work Week 2025. Social Care Wales.",
          type: "image/png",
        },
      ],
    });
    expect(metadata.twitter).toEqual({
      card: "summary_large_image",
      title: "Do you get me?",
      description: "Language and communication.",
      images: [{ url: image.url, alt: image.alt }],
    });
  });

  it("gives a Welsh page the Welsh image under /cy, described in Welsh", () => {
    const image = sessionShareImage(session, { siteUrl, locale: "cy" });
    expect(image.url).toMatch(/^https:\/\/cpdweek\.example\.org\/cy\/sessions\/do-you-get-me\/og-image\.png\?v=[0-9a-f]{12}$/);
    expect(image.url.split("?v=")[1]).not.toBe(sessionShareImage(session, { siteUrl, locale: "en" }).url.split("?v=")[1]);
    expect(image.alt).toBe(
      "“Wyt ti’n fy neall i?” Dydd Mawrth 18 Mawrth 2025 · 10:00–11:30 GMT. Cryfhau ein perthnasoedd proffesiynol. Wythnos Gwaith Cymdeithasol 2025. Gofal Cymdeithasol Cymru.",
    );
    const metadata = sharingMetadata({ locale: "cy", title: "“Wyt ti’n fy neall i?”", description: "Sesiwn.", image });
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      siteName: "Wythnos DPP",
      locale: "cy_GB",
      alternateLocale: "en_GB",
      images: [{ url: image.url, alt: image.alt, width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [{ url: image.url, alt: image.alt }] });
  });

  it("points a week's programme page at the week's image, in either language", () => {
    expect(weekShareImage(week, { siteUrl, locale: "en" })).toMatchObject({
      url: expect.stringMatching(/^https:\/\/cpdweek\.example\.org\/weeks\/social-work-week-2025\/og-image\.png\?v=[0-9a-f]{12}$/),
      alt: "Social Work Week 2025. 17–21 March 2025. CPD Week. Social Care Wales.",
      width: 1200,
      height: 630,
    });
    expect(weekShareImage(week, { siteUrl, locale: "cy" })).toMatchObject({
      url: expect.stringMatching(/^https:\/\/cpdweek\.example\.org\/cy\/weeks\/social-work-week-2025\/og-image\.png\?v=/),
      alt: "Wythnos Gwaith Cymdeithasol 2025. 17–21 Mawrth 2025. Wythnos DPP. Gofal Cymdeithasol Cymru.",
    });
  });

  it("escapes a slug in the address, whatever it holds", () => {
    expect(sessionOpenGraphImagePath("a b/../ŵ?")).toBe("/sessions/a%20b%2F..%2F%C5%B5%3F/og-image.png");
  });
});
