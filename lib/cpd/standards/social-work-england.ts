import type { StandardsList } from "./types";

/**
 * Social Work England's professional standards (published July 2019, in force since 2 December 2019), in the
 * wording of https://www.socialworkengland.org.uk/standards/professional-standards/ ("As a social worker, I will:").
 */
export const socialWorkEnglandStandards: StandardsList = {
  name: "Social Work England professional standards",
  official: true,
  sourceUrl: "https://www.socialworkengland.org.uk/standards/professional-standards/",
  groups: [
    {
      code: "1",
      title: "Promote the rights, strengths and wellbeing of people, families and communities",
      standards: [
        { code: "1.1", text: "Value each person as an individual, recognising their strengths and abilities." },
        {
          code: "1.2",
          text: "Respect and promote the human rights, views, wishes and feelings of the people I work with, balancing rights and risks and enabling access to advice, advocacy, support and services.",
        },
        {
          code: "1.3",
          text: "Work in partnership with people to promote their well-being and achieve best outcomes, recognising them as experts in their own lives.",
        },
        {
          code: "1.4",
          text: "Value the importance of family and community systems and work in partnership with people to identify and harness the assets of those systems.",
        },
        {
          code: "1.5",
          text: "Recognise differences across diverse communities and challenge the impact of disadvantage and discrimination on people and their families and communities.",
        },
        { code: "1.6", text: "Promote social justice, helping to confront and resolve issues of inequality and inclusion." },
        {
          code: "1.7",
          text: "Recognise and use responsibly the power and authority I have when working with people, ensuring that my interventions are always necessary, the least intrusive, proportionate, and in people's best interests.",
        },
      ],
    },
    {
      code: "2",
      title: "Establish and maintain the trust and confidence of people",
      standards: [
        { code: "2.1", text: "Be open, honest, reliable and fair." },
        { code: "2.2", text: "Respect and maintain people's dignity and privacy." },
        { code: "2.3", text: "Maintain professional relationships with people and ensure that they understand the role of a social worker in their lives." },
        {
          code: "2.4",
          text: "Practise in ways that demonstrate empathy, perseverance, authority, professional confidence and capability, working with people to enable full participation in discussions and decision making.",
        },
        { code: "2.5", text: "Actively listen to understand people, using a range of appropriate communication methods to build relationships." },
        { code: "2.6", text: "Treat information about people with sensitivity and handle confidential information in line with the law." },
        { code: "2.7", text: "Consider where conflicts of interest may arise, declare conflicts as early as possible and agree a course of action." },
      ],
    },
    {
      code: "3",
      title: "Be accountable for the quality of my practice and the decisions I make",
      standards: [
        { code: "3.1", text: "Work within legal and ethical frameworks, using my professional authority and judgement appropriately." },
        {
          code: "3.2",
          text: "Use information from a range of appropriate sources, including supervision, to inform assessments, to analyse risk, and to make a professional decision.",
        },
        {
          code: "3.3",
          text: "Apply my knowledge and skills to address the social care needs of individuals and their families commonly arising from physical and mental ill health, disability, substance misuse, abuse or neglect, to enhance quality of life and wellbeing.",
        },
        {
          code: "3.4",
          text: "Recognise the risk indicators of different forms of abuse and neglect and their impact on people, their families and their support networks.",
        },
        { code: "3.5", text: "Hold different explanations in mind and use evidence to inform my decisions." },
        {
          code: "3.6",
          text: "Draw on the knowledge and skills of workers from my own and other professions and work in collaboration, particularly in integrated teams, holding onto and promoting my social work identity.",
        },
        {
          code: "3.7",
          text: "Recognise where there may be bias in decision making and address issues that arise from ethical dilemmas, conflicting information, or differing professional decisions.",
        },
        { code: "3.8", text: "Clarify where the accountability lies for delegated work and fulfil that responsibility when it lies with me." },
        {
          code: "3.9",
          text: "Make sure that relevant colleagues and agencies are informed about identified risks and the outcomes and implications of assessments and decisions I make.",
        },
        {
          code: "3.10",
          text: "Establish and maintain skills in information and communications technology and adapt my practice to new ways of working, as appropriate.",
        },
        { code: "3.11", text: "Maintain clear, accurate, legible and up to date records, documenting how I arrive at my decisions." },
        { code: "3.12", text: "Use my assessment skills to respond quickly to dangerous situations and take any necessary protective action." },
        {
          code: "3.13",
          text: "Provide, or support people to access advice and services tailored to meet their needs, negotiating and challenging other professionals and organisations, as required.",
        },
        {
          code: "3.14",
          text: "Assess the influence of cultural and social factors over people and the effect of loss, change and uncertainty in the development of resilience.",
        },
        {
          code: "3.15",
          text: "Recognise and respond to behaviour that may indicate resistance to change, ambivalent or selective cooperation with services, and recognise when there is a need to escalate concerns.",
        },
      ],
    },
    {
      code: "4",
      title: "Maintain my continuing professional development",
      standards: [
        { code: "4.1", text: "Incorporate feedback from a range of sources, including from people with lived experience of my social work practice." },
        {
          code: "4.2",
          text: "Use supervision and feedback to critically reflect on, and identify my learning needs, including how I use research and evidence to inform my practice.",
        },
        {
          code: "4.3",
          text: "Keep my practice up to date and record how I use research, theories and frameworks to inform my practice and my professional judgement.",
        },
        {
          code: "4.4",
          text: "Demonstrate good subject knowledge on key aspects of social work practice and develop knowledge of current issues in society and social policies impacting on social work.",
        },
        { code: "4.5", text: "Contribute to an open and creative learning culture in the workplace to discuss, reflect on and share best practice." },
        {
          code: "4.6",
          text: "Reflect on my learning activities and evidence what impact continuing professional development has on the quality of my practice.",
        },
        {
          code: "4.7",
          text: "Record my learning and reflection on a regular basis and in accordance with Social Work England's guidance on continuing professional development.",
        },
        { code: "4.8", text: "Reflect on my own values and challenge the impact they have on my practice." },
      ],
    },
    {
      code: "5",
      title: "Act safely, respectfully and with professional integrity",
      standards: [
        { code: "5.1", text: "Not abuse, neglect, discriminate, exploit or harm anyone, or condone this by others." },
        {
          code: "5.2",
          text: "Not behave in a way that would bring into question my suitability to work as a social worker while at work, or outside of work.",
        },
        { code: "5.3", text: "Not offer or accept any gifts, favours or hospitality which may affect or be seen to affect my professional judgement." },
        { code: "5.4", text: "Not form a relationship with anyone I work with, or have worked with, that is not a professional one." },
        { code: "5.5", text: "Not falsify records or condone this by others." },
        {
          code: "5.6",
          text: "Not use technology, social media or other forms of electronic communication unlawfully, unethically, or in a way that brings the profession into disrepute.",
        },
      ],
    },
    {
      code: "6",
      title: "Promote ethical practice and report concerns",
      standards: [
        {
          code: "6.1",
          text: "Report allegations of harm and challenge and report exploitation and any dangerous, abusive or discriminatory behaviour or practice.",
        },
        {
          code: "6.2",
          text: "Reflect on my working environment and where necessary challenge practices, systems and processes to uphold Social Work England's professional standards.",
        },
        {
          code: "6.3",
          text: "Inform people of the right to complain and provide them with the support to do it, and record and act on concerns raised to me.",
        },
        { code: "6.4", text: "Take appropriate action when a professional's practice may be impaired." },
        { code: "6.5", text: "Raise concerns about organisational wrongdoing and cultures of inappropriate and unsafe practice." },
        {
          code: "6.6",
          text: "Declare to the appropriate authority and Social Work England anything that might affect my ability to do my job competently or may affect my fitness to practise, or if I am subject to criminal proceedings or a regulatory finding is made against me, anywhere in the world.",
        },
      ],
    },
  ],
};
