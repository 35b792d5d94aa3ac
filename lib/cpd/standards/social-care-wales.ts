import type { StandardsList } from "./types";

/**
 * Social Care Wales's Code of Professional Practice: the six sections for workers, with the section headings as
 * Social Care Wales states them. The numbered items are our short summaries of each section's statements, not the
 * Code's own wording: the Code was rewritten from 1 July 2026 ("clearer and shorter", with the standards unchanged),
 * so the form links to the full text rather than quoting a version that may have moved on. The Welsh summaries
 * (textCy) are ours too, written in the register of the Welsh Code (Cod Ymarfer Proffesiynol); a professional
 * translator should review them with the rest of the catalogue (README, Cymraeg).
 */
export const socialCareWalesCode: StandardsList = {
  name: "Social Care Wales Code of Professional Practice for Social Care",
  nameCy: "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol Gofal Cymdeithasol Cymru",
  official: true,
  sourceUrl: "https://socialcare.wales/codes",
  summarised: true,
  groups: [
    {
      code: "1",
      title: "Respect the views and wishes, and promote the rights and interests, of individuals and carers",
      titleCy: "Parchu barn a dymuniadau unigolion a gofalwyr, a hybu eu hawliau a’u buddiannau",
      standards: [
        { code: "1.1", text: "Treat each person as an individual.", textCy: "Trin pob person fel unigolyn." },
        {
          code: "1.2",
          text: "Respect and, where appropriate, promote the views and wishes of individuals and carers.",
          textCy: "Parchu barn a dymuniadau unigolion a gofalwyr, a’u hybu lle bo’n briodol.",
        },
        {
          code: "1.3",
          text: "Support individuals to have voice, choice and control over their lives.",
          textCy: "Cefnogi unigolion i gael llais, dewis a rheolaeth dros eu bywydau.",
        },
        { code: "1.4", text: "Respect and maintain the dignity and privacy of individuals.", textCy: "Parchu a chynnal urddas a phreifatrwydd unigolion." },
        {
          code: "1.5",
          text: "Promote equality, diversity and inclusion, and challenge discrimination.",
          textCy: "Hybu cydraddoldeb, amrywiaeth a chynhwysiant, a herio gwahaniaethu.",
        },
        {
          code: "1.6",
          text: "Respect the language and communication needs of individuals and carers, including their right to use the Welsh language.",
          textCy: "Parchu anghenion iaith a chyfathrebu unigolion a gofalwyr, gan gynnwys eu hawl i ddefnyddio’r Gymraeg.",
        },
      ],
    },
    {
      code: "2",
      title: "Strive to establish and maintain the trust and confidence of individuals and carers",
      titleCy: "Ymdrechu i sefydlu a chynnal ymddiriedaeth a hyder unigolion a gofalwyr",
      standards: [
        { code: "2.1", text: "Be honest and trustworthy.", textCy: "Bod yn onest ac yn ddibynadwy." },
        {
          code: "2.2",
          text: "Communicate in an appropriate, open, accurate and straightforward way.",
          textCy: "Cyfathrebu mewn ffordd briodol, agored, gywir a syml.",
        },
        {
          code: "2.3",
          text: "Respect confidential information and explain the limits of confidentiality.",
          textCy: "Parchu gwybodaeth gyfrinachol ac egluro terfynau cyfrinachedd.",
        },
        {
          code: "2.4",
          text: "Be reliable and dependable, and honour work commitments and agreements.",
          textCy: "Bod yn ddibynadwy, a chadw at ymrwymiadau a chytundebau gwaith.",
        },
        {
          code: "2.5",
          text: "Declare issues that might create conflicts of interest and make sure they do not influence your judgement or practice.",
          textCy: "Datgan materion a allai greu gwrthdaro buddiannau a sicrhau nad ydynt yn dylanwadu ar eich barn na’ch ymarfer.",
        },
        {
          code: "2.6",
          text: "Keep appropriate professional boundaries in relationships with individuals and carers.",
          textCy: "Cadw ffiniau proffesiynol priodol mewn perthynas ag unigolion a gofalwyr.",
        },
      ],
    },
    {
      code: "3",
      title: "Promote the well-being, voice and control of individuals and carers while supporting them to stay safe",
      titleCy: "Hybu llesiant, llais a rheolaeth unigolion a gofalwyr gan eu cefnogi i gadw’n ddiogel",
      standards: [
        {
          code: "3.1",
          text: "Promote the well-being of individuals and carers, working in partnership with them.",
          textCy: "Hybu llesiant unigolion a gofalwyr, gan weithio mewn partneriaeth â nhw.",
        },
        {
          code: "3.2",
          text: "Recognise and build on people's strengths, abilities and networks.",
          textCy: "Adnabod cryfderau, galluoedd a rhwydweithiau pobl, ac adeiladu arnynt.",
        },
        {
          code: "3.3",
          text: "Follow policies and procedures to protect individuals from danger, harm and abuse.",
          textCy: "Dilyn polisïau a gweithdrefnau i amddiffyn unigolion rhag perygl, niwed a chamdriniaeth.",
        },
        {
          code: "3.4",
          text: "Raise and report concerns about dangerous, abusive, discriminatory or exploitative behaviour or practice.",
          textCy: "Codi ac adrodd pryderon am ymddygiad neu ymarfer peryglus, camdriniol, gwahaniaethol neu ecsbloetiol.",
        },
        {
          code: "3.5",
          text: "Challenge and report resource or operational difficulties that might get in the way of safe care.",
          textCy: "Herio ac adrodd anawsterau adnoddau neu weithredol a allai rwystro gofal diogel.",
        },
      ],
    },
    {
      code: "4",
      title: "Respect the rights of individuals while seeking to ensure that their behaviour does not harm themselves or other people",
      titleCy: "Parchu hawliau unigolion gan geisio sicrhau nad yw eu hymddygiad yn niweidio eu hunain na phobl eraill",
      standards: [
        {
          code: "4.1",
          text: "Recognise that individuals have the right to take risks, and help them to identify and manage potential and actual risks.",
          textCy: "Cydnabod bod gan unigolion hawl i gymryd risgiau, a’u helpu i nodi a rheoli risgiau posibl a gwirioneddol.",
        },
        {
          code: "4.2",
          text: "Follow risk assessment policies and procedures to assess whether the behaviour of individuals presents a risk of harm to themselves or others.",
          textCy: "Dilyn polisïau a gweithdrefnau asesu risg i asesu a yw ymddygiad unigolion yn peri risg o niwed iddynt eu hunain neu i eraill.",
        },
        {
          code: "4.3",
          text: "Take the necessary steps to minimise the risk of individuals harming themselves or others.",
          textCy: "Cymryd y camau angenrheidiol i leihau’r risg y bydd unigolion yn niweidio eu hunain neu eraill.",
        },
        {
          code: "4.4",
          text: "Make sure that relevant colleagues and agencies are informed about the outcomes and implications of risk assessments.",
          textCy: "Sicrhau bod cydweithwyr ac asiantaethau perthnasol yn cael gwybod am ganlyniadau a goblygiadau asesiadau risg.",
        },
      ],
    },
    {
      code: "5",
      title: "Act with integrity and uphold public trust and confidence in the social care profession",
      titleCy: "Gweithredu ag uniondeb a chynnal ymddiriedaeth a hyder y cyhoedd yn y proffesiwn gofal cymdeithasol",
      standards: [
        {
          code: "5.1",
          text: "Do not abuse, neglect or harm individuals, carers or colleagues.",
          textCy: "Peidio â cham-drin, esgeuluso na niweidio unigolion, gofalwyr na chydweithwyr.",
        },
        {
          code: "5.2",
          text: "Do not exploit individuals, carers or colleagues in any way.",
          textCy: "Peidio ag ecsbloetio unigolion, gofalwyr na chydweithwyr mewn unrhyw ffordd.",
        },
        {
          code: "5.3",
          text: "Do not discriminate unlawfully or unjustifiably against individuals, carers or colleagues.",
          textCy: "Peidio â gwahaniaethu’n anghyfreithlon neu’n anghyfiawn yn erbyn unigolion, gofalwyr na chydweithwyr.",
        },
        {
          code: "5.4",
          text: "Do not behave, in or outside work, in a way that would call into question your suitability to work in social care.",
          textCy:
            "Peidio ag ymddwyn, yn y gwaith neu y tu allan iddo, mewn ffordd a fyddai’n codi amheuaeth ynghylch eich addasrwydd i weithio ym maes gofal cymdeithasol.",
        },
        {
          code: "5.5",
          text: "Do not put yourself or other people at unnecessary risk.",
          textCy: "Peidio â rhoi eich hun na phobl eraill mewn perygl diangen.",
        },
      ],
    },
    {
      code: "6",
      title: "Be accountable for the quality of your work and take responsibility for maintaining and developing knowledge and skills",
      titleCy: "Bod yn atebol am ansawdd eich gwaith a chymryd cyfrifoldeb am gynnal a datblygu gwybodaeth a sgiliau",
      standards: [
        {
          code: "6.1",
          text: "Meet relevant standards of practice and work in a lawful, safe and effective way.",
          textCy: "Bodloni safonau ymarfer perthnasol a gweithio mewn ffordd gyfreithlon, ddiogel ac effeithiol.",
        },
        {
          code: "6.2",
          text: "Maintain clear and accurate records as required by procedures established for your work.",
          textCy: "Cadw cofnodion clir a chywir fel sy’n ofynnol gan y gweithdrefnau a sefydlwyd ar gyfer eich gwaith.",
        },
        {
          code: "6.3",
          text: "Seek assistance from your employer or the appropriate authority if you do not feel competent to carry out any aspect of your work.",
          textCy: "Gofyn am gymorth gan eich cyflogwr neu’r awdurdod priodol os nad ydych yn teimlo’n gymwys i wneud unrhyw agwedd ar eich gwaith.",
        },
        {
          code: "6.4",
          text: "Work openly and co-operatively with colleagues, treating them with respect.",
          textCy: "Gweithio’n agored ac yn gydweithredol gyda chydweithwyr, gan eu trin â pharch.",
        },
        {
          code: "6.5",
          text: "Take responsibility for maintaining and improving your knowledge and skills, and reflect on your practice.",
          textCy: "Cymryd cyfrifoldeb am gynnal a gwella eich gwybodaeth a’ch sgiliau, a myfyrio ar eich ymarfer.",
        },
        {
          code: "6.6",
          text: "Use supervision and other learning opportunities to improve your practice.",
          textCy: "Defnyddio goruchwyliaeth a chyfleoedd dysgu eraill i wella eich ymarfer.",
        },
      ],
    },
  ],
};
