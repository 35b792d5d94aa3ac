import type { StandardsList } from "./types";

/**
 * Social Care Wales's Code of Professional Practice: the six sections for workers, with the section headings as
 * Social Care Wales states them. The numbered items are our short summaries of each section's statements, not the
 * Code's own wording: the Code was rewritten from 1 July 2026 ("clearer and shorter", with the standards unchanged),
 * so the form links to the full text rather than quoting a version that may have moved on.
 */
export const socialCareWalesCode: StandardsList = {
  name: "Social Care Wales Code of Professional Practice for Social Care",
  official: true,
  sourceUrl: "https://socialcare.wales/codes",
  summarised: true,
  groups: [
    {
      code: "1",
      title: "Respect the views and wishes, and promote the rights and interests, of individuals and carers",
      standards: [
        { code: "1.1", text: "Treat each person as an individual." },
        { code: "1.2", text: "Respect and, where appropriate, promote the views and wishes of individuals and carers." },
        { code: "1.3", text: "Support individuals to have voice, choice and control over their lives." },
        { code: "1.4", text: "Respect and maintain the dignity and privacy of individuals." },
        { code: "1.5", text: "Promote equality, diversity and inclusion, and challenge discrimination." },
        { code: "1.6", text: "Respect the language and communication needs of individuals and carers, including their right to use the Welsh language." },
      ],
    },
    {
      code: "2",
      title: "Strive to establish and maintain the trust and confidence of individuals and carers",
      standards: [
        { code: "2.1", text: "Be honest and trustworthy." },
        { code: "2.2", text: "Communicate in an appropriate, open, accurate and straightforward way." },
        { code: "2.3", text: "Respect confidential information and explain the limits of confidentiality." },
        { code: "2.4", text: "Be reliable and dependable, and honour work commitments and agreements." },
        { code: "2.5", text: "Declare issues that might create conflicts of interest and make sure they do not influence your judgement or practice." },
        { code: "2.6", text: "Keep appropriate professional boundaries in relationships with individuals and carers." },
      ],
    },
    {
      code: "3",
      title: "Promote the well-being, voice and control of individuals and carers while supporting them to stay safe",
      standards: [
        { code: "3.1", text: "Promote the well-being of individuals and carers, working in partnership with them." },
        { code: "3.2", text: "Recognise and build on people's strengths, abilities and networks." },
        { code: "3.3", text: "Follow policies and procedures to protect individuals from danger, harm and abuse." },
        { code: "3.4", text: "Raise and report concerns about dangerous, abusive, discriminatory or exploitative behaviour or practice." },
        { code: "3.5", text: "Challenge and report resource or operational difficulties that might get in the way of safe care." },
      ],
    },
    {
      code: "4",
      title: "Respect the rights of individuals while seeking to ensure that their behaviour does not harm themselves or other people",
      standards: [
        { code: "4.1", text: "Recognise that individuals have the right to take risks, and help them to identify and manage potential and actual risks." },
        { code: "4.2", text: "Follow risk assessment policies and procedures to assess whether the behaviour of individuals presents a risk of harm to themselves or others." },
        { code: "4.3", text: "Take the necessary steps to minimise the risk of individuals harming themselves or others." },
        { code: "4.4", text: "Make sure that relevant colleagues and agencies are informed about the outcomes and implications of risk assessments." },
      ],
    },
    {
      code: "5",
      title: "Act with integrity and uphold public trust and confidence in the social care profession",
      standards: [
        { code: "5.1", text: "Do not abuse, neglect or harm individuals, carers or colleagues." },
        { code: "5.2", text: "Do not exploit individuals, carers or colleagues in any way." },
        { code: "5.3", text: "Do not discriminate unlawfully or unjustifiably against individuals, carers or colleagues." },
        { code: "5.4", text: "Do not behave, in or outside work, in a way that would call into question your suitability to work in social care." },
        { code: "5.5", text: "Do not put yourself or other people at unnecessary risk." },
      ],
    },
    {
      code: "6",
      title: "Be accountable for the quality of your work and take responsibility for maintaining and developing knowledge and skills",
      standards: [
        { code: "6.1", text: "Meet relevant standards of practice and work in a lawful, safe and effective way." },
        { code: "6.2", text: "Maintain clear and accurate records as required by procedures established for your work." },
        { code: "6.3", text: "Seek assistance from your employer or the appropriate authority if you do not feel competent to carry out any aspect of your work." },
        { code: "6.4", text: "Work openly and co-operatively with colleagues, treating them with respect." },
        { code: "6.5", text: "Take responsibility for maintaining and improving your knowledge and skills, and reflect on your practice." },
        { code: "6.6", text: "Use supervision and other learning opportunities to improve your practice." },
      ],
    },
  ],
};
