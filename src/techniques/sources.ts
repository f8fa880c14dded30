import type { SourcedCitation } from './types.js';

/**
 * The published sources the techniques and exercise scripts cite, each with how well it was
 * checked.
 *
 * Titles were added only where a bibliographic record was seen (PubMed, PMC, the publisher or a
 * university repository); otherwise the entry keeps the detail as commonly cited and says so in
 * `note`. `verification` is `verified` where the record was checked, `partial` where only some
 * details were, and `unverified` otherwise.
 *
 * @example
 * ```ts
 * SOURCES.flueckiger2018.doi; // => '10.1037/pst0000172'
 * ```
 * @category Techniques
 */
export const SOURCES = {
  bowlby1973: {
    text: 'Bowlby, J. (1973). Attachment and loss: Vol. 2. Separation: Anxiety and anger. Basic Books.',
    verification: 'partial',
    note: 'Cited for separation and planned endings; not retrieved, details partly verified.',
  },
  bowlby1988: {
    text: 'Bowlby, J. (1988). A secure base: Parent-child attachment and healthy human development. Basic Books.',
    verification: 'partial',
    note: 'Book not retrieved; its framing of therapy is as cited by secondary sources. The "five therapeutic tasks" list was not checked against the book and is not used here.',
  },
  mikulincerShaver2003: {
    text: 'Mikulincer, M., & Shaver, P. R. (2003). The attachment behavioral system in adulthood: Activation, psychodynamics, and interpersonal processes. Advances in Experimental Social Psychology, 35, 53–152.',
    verification: 'partial',
    note: 'Checked in an earlier review; title and pages are from the bibliographic record as commonly cited, not re-checked here.',
  },
  mikulincerShaver2012: {
    text: 'Mikulincer, M., & Shaver, P. R. (2012). An attachment perspective on psychopathology. World Psychiatry, 11(1), 11–15.',
    doi: '10.1016/j.wpsyc.2012.01.003',
    verification: 'verified',
    note: 'Title, volume, pages and DOI seen on PMC3266769.',
  },
  levy2018: {
    text: 'Levy, K. N., Kivity, Y., Johnson, B. N., & Gooch, C. V. (2018). Adult attachment as a predictor and moderator of psychotherapy outcome: A meta-analysis. Journal of Clinical Psychology, 74(11), 1996–2013.',
    doi: '10.1002/jclp.22685',
    verification: 'verified',
    note: 'Title, volume, pages and DOI seen on PubMed 30238450 (36 studies, 3,158 patients).',
  },
  wallin2007: {
    text: 'Wallin, D. J. (2007). Attachment in psychotherapy. Guilford Press.',
    verification: 'partial',
    note: 'Book and key themes seen via reviews; the book itself was not retrieved.',
  },
  liotti2004: {
    text: 'Liotti, G. (2004). Trauma, dissociation, and disorganized attachment: Three strands of a single braid. Psychotherapy: Theory, Research, Practice, Training, 41(4), 472–486.',
    verification: 'partial',
    note: 'Checked in an earlier review without details; title and journal are from memory and not re-checked here.',
  },
  cloitre2011: {
    text: 'Cloitre, M., Courtois, C. A., Charuvastra, A., Carapezza, R., Stolbach, B. C., & Green, B. L. (2011). Treatment of complex PTSD: Results of the ISTSS expert clinician survey on best practices. Journal of Traumatic Stress, 24(6), 615–627.',
    doi: '10.1002/jts.20697',
    verification: 'verified',
    note: 'Title, authors, volume and pages seen in the published abstract; 84% of experts endorsed phase-based treatment.',
  },
  diamond2021: {
    text: 'Diamond, G., Diamond, G. M., & Levy, S. (2021). Attachment-based family therapy: Theory, clinical model, outcomes, and process research. Journal of Affective Disorders, 294, 286–295.',
    doi: '10.1016/j.jad.2021.07.005',
    verification: 'verified',
    note: 'Title and DOI seen on PMC8489519. ABFT is a family therapy for adolescents, not the five-technique bundle.',
  },
  mcgoldrick2020: {
    text: 'McGoldrick, M., Gerson, R., & Petry, S. (2020). Genograms: Assessment and treatment (4th ed.). W. W. Norton.',
    verification: 'verified',
    note: 'Checked in an earlier review (history via a secondary source); first published as McGoldrick & Gerson (1985), Genograms in family assessment.',
  },
  georgeKaplanMain1996: {
    text: 'George, C., Kaplan, N., & Main, M. (1996). Adult Attachment Interview protocol (3rd ed.). Unpublished manuscript, University of California, Berkeley.',
    verification: 'verified',
    note: 'The AAI is copyrighted and restricted: its questions are not reproduced and no classification is made.',
  },
  flueckiger2018: {
    text: 'Flückiger, C., Del Re, A. C., Wampold, B. E., & Horvath, A. O. (2018). The alliance in adult psychotherapy: A meta-analytic synthesis. Psychotherapy, 55(4), 316–340.',
    doi: '10.1037/pst0000172',
    verification: 'verified',
    note: 'Abstract seen: 295 studies, >30,000 patients, alliance–outcome r = .278; internet-based r = .275.',
  },
  mallinckrodt2005: {
    text: 'Mallinckrodt, B., Porter, M. J., & Kivlighan, D. M., Jr. (2005). Client attachment to therapist, depth of in-session exploration, and object relations in brief psychotherapy. Psychotherapy: Theory, Research, Practice, Training, 42(1), 85–100.',
    doi: '10.1037/0033-3204.42.1.85',
    verification: 'verified',
    note: 'Title, pages and DOI seen on a copy of the article.',
  },
  mallinckrodtJeong2015: {
    text: 'Mallinckrodt, B., & Jeong, J. (2015). Meta-analysis of client attachment to therapist: Associations with working alliance and client pretherapy attachment. Psychotherapy, 52(1), 134–139.',
    doi: '10.1037/a0036890',
    verification: 'verified',
    note: 'Title, pages and DOI seen on a copy of the article.',
  },
  dalyMallinckrodt2009: {
    text: "Daly, K. D., & Mallinckrodt, B. (2009). Experienced therapists' approach to psychotherapy for adults with attachment avoidance or attachment anxiety. Journal of Counseling Psychology, 56(4), 549–563.",
    verification: 'partial',
    note: 'Seen only via Kietaibl (2012); the distance-calibration model is as summarised there.',
  },
  dozier1994: {
    text: 'Dozier, M., Cue, K. L., & Barnett, L. (1994). Clinicians as caregivers: Role of attachment organization in treatment. Journal of Consulting and Clinical Psychology, 62(4), 793–800.',
    verification: 'unverified',
    note: 'Not verified (not retrieved); title as commonly cited.',
  },
  bordin1979: {
    text: 'Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance. Psychotherapy: Theory, Research & Practice, 16(3), 252–260.',
    verification: 'partial',
    note: 'Goal/task/bond model (partly verified); author, year and title start seen in a reference list; volume and pages as commonly cited.',
  },
  safranMuran1996: {
    text: 'Safran, J. D., & Muran, J. C. (1996). The resolution of ruptures in the therapeutic alliance. Journal of Consulting and Clinical Psychology, 64(3), 447–458.',
    verification: 'verified',
    note: 'Checked in an earlier review; title as commonly cited, not re-checked here.',
  },
  safran2001: {
    text: 'Safran, J. D., Muran, J. C., Samstag, L. W., & Stevens, C. (2001). Repairing alliance ruptures. Psychotherapy: Theory, Research, Practice, Training, 38(4), 406–412.',
    verification: 'verified',
    note: 'Title, volume and authors seen on a copy of the article; pages not re-checked.',
  },
  safran2011: {
    text: 'Safran, J. D., Muran, J. C., & Eubanks-Carter, C. (2011). Repairing alliance ruptures. Psychotherapy, 48(1), 80–87.',
    doi: '10.1037/a0022140',
    verification: 'verified',
    note: 'Abstract seen (PubMed 21401278): rupture–repair and outcome r = .24 (3 studies, 148 patients).',
  },
  eubanks2018: {
    text: 'Eubanks, C. F., Muran, J. C., & Safran, J. D. (2018). Alliance rupture repair: A meta-analysis. Psychotherapy, 55(4), 508–519.',
    verification: 'verified',
    note: 'Title, volume and pages seen in a research summary; the exact repair–outcome r was not seen.',
  },
  hatcherGillaspy2006: {
    text: 'Hatcher, R. L., & Gillaspy, J. A. (2006). Development and validation of a revised short version of the Working Alliance Inventory. Psychotherapy Research, 16(1), 12–25.',
    doi: '10.1080/10503300500352500',
    verification: 'partial',
    note: 'Partly verified; title as commonly cited, not re-checked here.',
  },
  lieberman2007: {
    text: 'Lieberman, M. D., Eisenberger, N. I., Crockett, M. J., Tom, S. M., Pfeifer, J. H., & Way, B. M. (2007). Putting feelings into words: Affect labeling disrupts amygdala activity in response to affective stimuli. Psychological Science, 18(5), 421–428.',
    doi: '10.1111/j.1467-9280.2007.01916.x',
    verification: 'verified',
    note: 'Title, authors, pages and DOI seen in bibliographic records. A lab (fMRI) study, not a clinical trial.',
  },
  torreLieberman2018: {
    text: 'Torre, J. B., & Lieberman, M. D. (2018). Putting feelings into words: Affect labeling as implicit emotion regulation. Emotion Review, 10(2), 116–124.',
    doi: '10.1177/1754073917742706',
    verification: 'partial',
    note: 'Checked in an earlier review for journal and DOI; the title is as commonly cited, not re-checked here.',
  },
  siegel1999: {
    text: 'Siegel, D. J. (1999). The developing mind: Toward a neurobiology of interpersonal experience. Guilford Press.',
    verification: 'partial',
    note: 'Source of the "window of tolerance" idea (partly verified); not retrieved.',
  },
  ogden2006: {
    text: 'Ogden, P., Minton, K., & Pain, C. (2006). Trauma and the body: A sensorimotor approach to psychotherapy. W. W. Norton.',
    verification: 'partial',
    note: 'Partly verified; not retrieved.',
  },
  treleaven2018: {
    text: 'Treleaven, D. A. (2018). Trauma-sensitive mindfulness: Practices for safe and transformative healing. W. W. Norton.',
    verification: 'partial',
    note: 'Principles seen via secondary summaries only (partly verified).',
  },
  samhsa2014: {
    text: "Substance Abuse and Mental Health Services Administration. (2014). SAMHSA's concept of trauma and guidance for a trauma-informed approach (HHS Publication No. SMA 14-4884).",
    verification: 'partial',
    note: 'The six principles are verified; the publication number is partly verified.',
  },
  zaccaro2018: {
    text: 'Zaccaro, A., Piarulli, A., Laurino, M., Garbella, E., Menicucci, D., Neri, B., & Gemignani, A. (2018). How breath-control can change your life: A systematic review on psycho-physiological correlates of slow breathing. Frontiers in Human Neuroscience, 12, 353.',
    doi: '10.3389/fnhum.2018.00353',
    verification: 'verified',
    note: 'Seen on PMC6137615: 15 studies of healthy subjects, slow breathing < 10 breaths a minute.',
  },
  shao2024: {
    text: 'Shao, R., Man, I. S. C., & Lee, T. M. C. (2024). The effect of slow-paced breathing on cardiovascular and emotion functions: A meta-analysis and systematic review. Mindfulness, 15(1), 1–18.',
    doi: '10.1007/s12671-023-02294-2',
    verification: 'verified',
    note: 'Abstract seen: 31 studies (n = 1,133), nonclinical samples; the effect on negative emotion was marginal (SMD −0.51, p = .06).',
  },
  linehan2015: {
    text: 'Linehan, M. M. (2015). DBT skills training manual (2nd ed.). Guilford Press.',
    verification: 'verified',
    note: 'Checked in an earlier review. Handouts are copyrighted: the scripts here use our own words and do not reproduce them.',
  },
  groundingPractice: {
    text: '5-4-3-2-1 sensory grounding: a widely published clinical tool of uncertain origin; no dedicated trials were found.',
    verification: 'unverified',
    note: 'Not verified. Kept as an honest "clinical practice" entry rather than an invented source.',
  },
  youngKloskoWeishaar2003: {
    text: "Young, J. E., Klosko, J. S., & Weishaar, M. E. (2003). Schema therapy: A practitioner's guide. Guilford Press.",
    verification: 'verified',
    note: 'Checked in an earlier review (cited by name only).',
  },
  giesenBloo2006: {
    text: 'Giesen-Bloo, J., et al. (2006). Outpatient psychotherapy for borderline personality disorder: Randomized trial of schema-focused therapy vs transference-focused psychotherapy. Archives of General Psychiatry, 63(6), 649–658.',
    doi: '10.1001/archpsyc.63.6.649',
    verification: 'verified',
    note: 'Checked in an earlier review for journal, pages, DOI and result (recovery RR 2.18); the title is as commonly cited, not re-checked here.',
  },
  brownElliott2016: {
    text: 'Brown, D. P., & Elliott, D. S. (2016). Attachment disturbances in adults: Treatment for comprehensive repair. W. W. Norton.',
    verification: 'verified',
    note: 'Checked in an earlier review for title, year and structure. The book is copyrighted: no transcript or script wording is used.',
  },
  parra2017: {
    text: 'Parra, F., George, C., Kalalou, K., & Januel, D. (2017). Ideal Parent Figure method in the treatment of complex posttraumatic stress disorder related to childhood trauma: A pilot study. European Journal of Psychotraumatology, 8, 1400879.',
    doi: '10.1080/20008198.2017.1400879',
    verification: 'partial',
    note: 'Checked in an earlier review for journal, DOI and findings (uncontrolled, n = 17); the title is as commonly cited, not re-checked here.',
  },
  sood2021: {
    text: 'Sood, M., Carnelley, K. B., & Newman-Taylor, K. (2021). How does attachment imagery for paranoia work? Cognitive fusion and beliefs about self and others mediate the impact on paranoia and anxiety. Psychology and Psychotherapy: Theory, Research and Practice.',
    verification: 'verified',
    note: 'Title seen in the Southampton repository: an experimental study in a general-population sample with high non-clinical paranoia (N = 303), not a clinical trial.',
  },
  morina2017: {
    text: 'Morina, N., Lancee, J., & Arntz, A. (2017). [Imagery rescripting meta-analysis]. Journal of Behavior Therapy and Experimental Psychiatry.',
    doi: '10.1016/j.jbtep.2016.11.003',
    verification: 'partial',
    note: 'Abstract seen for the DOI (19 trials, 363 patients, mean 4.5 sessions); authors partly verified and the title was not seen.',
  },
  kip2023: {
    text: 'Kip, A., Schoppe, L., Arntz, A., & Morina, N. (2023). Efficacy of imagery rescripting in treating mental disorders associated with aversive memories – An updated meta-analysis. Journal of Anxiety Disorders, 99, 102772.',
    doi: '10.1016/j.janxdis.2023.102772',
    verification: 'verified',
    note: 'Seen on PubMed 37699277: 17 RCTs (n = 908); g = 0.68 against passive controls, no difference against other evidence-based treatments.',
  },
  neff2003: {
    text: 'Neff, K. D. (2003). The development and validation of a scale to measure self-compassion. Self and Identity, 2(3), 223–250.',
    doi: '10.1080/15298860309027',
    verification: 'verified',
    note: 'Title, volume and pages seen on a copy of the article; the DOI is the one current reference lists and registries cite for this paper (the 2003 PDF prints an older DOI form). Defines the three components (self-kindness, common humanity, mindfulness).',
  },
  neffBreak: {
    text: 'Neff, K. D. Self-compassion break (Exercise 2). self-compassion.org.',
    url: 'https://self-compassion.org',
    verification: 'verified',
    note: 'Checked in an earlier review for the exercise; its wording is not copied (our script uses original words).',
  },
  neffLetter: {
    text: 'Neff, K. D. Exploring self-compassion through writing (exercise). self-compassion.org.',
    url: 'https://self-compassion.org',
    verification: 'partial',
    note: 'Checked in an earlier review via secondary reproductions; wording not copied.',
  },
  neffGermer2013: {
    text: 'Neff, K. D., & Germer, C. K. (2013). A pilot study and randomized controlled trial of the Mindful Self-Compassion program. Journal of Clinical Psychology, 69(1), 28–44.',
    doi: '10.1002/jclp.21923',
    verification: 'verified',
    note: 'Checked in an earlier review (RCT n = 52 against waitlist). MSC is a proprietary curriculum: not reproduced.',
  },
  ferrari2019: {
    text: 'Ferrari, M., Hunt, C., Harrysunker, A., Abbott, M. J., Beath, A. P., & Einstein, D. A. (2019). Self-compassion interventions and psychosocial outcomes: A meta-analysis of RCTs. Mindfulness, 10(8), 1455–1473.',
    doi: '10.1007/s12671-019-01134-6',
    verification: 'verified',
    note: 'Abstract seen: 27 RCTs; g = 0.75 self-compassion, 0.66 depression, 0.57 anxiety, 0.56 self-criticism.',
  },
  kirby2017: {
    text: 'Kirby, J. N., Tellegen, C. L., & Steindl, S. R. (2017). A meta-analysis of compassion-based interventions: Current state of knowledge and future directions. Behavior Therapy, 48, 778–792.',
    verification: 'partial',
    note: 'Checked in an earlier review for authors, journal and pages; the title is as commonly cited, not re-checked here.',
  },
  wilson2018: {
    text: 'Wilson, A. C., Mackintosh, K., Power, K., & Chan, S. W. Y. (2018, online). Effectiveness of self-compassion related therapies: A systematic review and meta-analysis. Mindfulness.',
    verification: 'partial',
    note: 'Checked in an earlier review for the finding (no clear advantage over active controls), partly verified for the journal; title and initials not re-checked.',
  },
  zeng2015: {
    text: 'Zeng, X., Chiu, C. P. K., Wang, R., Oei, T. P. S., & Leung, F. Y. K. (2015). The effect of loving-kindness meditation on positive emotions: A meta-analytic review. Frontiers in Psychology, 6, 1693.',
    doi: '10.3389/fpsyg.2015.01693',
    verification: 'verified',
    note: 'Seen on the publisher page: 24 studies (N = 1,759), medium effects on daily positive emotions.',
  },
  galante2014: {
    text: 'Galante, J., Galante, I., Bekkers, M.-J., & Gallacher, J. (2014). Effect of kindness-based meditation on health and well-being: A systematic review and meta-analysis. Journal of Consulting and Clinical Psychology, 82.',
    doi: '10.1037/a0037249',
    verification: 'partial',
    note: 'Title, authors and DOI seen; the abstract notes exposure "may initially be challenging for some people". Issue and pages were not seen, so they are left out.',
  },
  kuyken2016: {
    text: 'Kuyken, W., et al. (2016). Efficacy of mindfulness-based cognitive therapy in prevention of depressive relapse: An individual patient data meta-analysis from randomized trials. JAMA Psychiatry.',
    doi: '10.1001/jamapsychiatry.2016.0076',
    verification: 'partial',
    note: 'Title and DOI seen; 9 RCTs, 1,258 patients. Volume and pages were not seen, so they are left out.',
  },
  segal2013: {
    text: 'Segal, Z. V., Williams, J. M. G., & Teasdale, J. D. (2013). Mindfulness-based cognitive therapy for depression (2nd ed.). Guilford Press.',
    verification: 'partial',
    note: 'The MBCT manual (partly verified); not retrieved. Copyrighted: no wording used.',
  },
  brach2020: {
    text: 'Brach, T. (2020). Radical compassion: Learning to love yourself and your world with the practice of RAIN. Viking.',
    verification: 'verified',
    note: 'Checked in an earlier review. The acronym is attributed to Michele McDonald (1980s; secondary source). No wording copied.',
  },
  britton2021: {
    text: 'Britton, W. B., Lindahl, J. R., Cooper, D. J., Canby, N. K., & Palitsky, R. (2021). Defining and measuring meditation-related adverse effects in mindfulness-based programs. Clinical Psychological Science, 9(6), 1185–1204.',
    doi: '10.1177/2167702621996340',
    verification: 'verified',
    note: 'Abstract seen: 83% reported at least one side effect; 37% negative impact on functioning; lasting bad effects 6–14%, linked to dysregulated arousal.',
  },
  baer2019: {
    text: 'Baer, R., Crane, C., Miller, E., & Kuyken, W. (2019). Doing no harm in mindfulness-based programs: Conceptual issues and empirical findings. Clinical Psychology Review, 71, 101–114.',
    doi: '10.1016/j.cpr.2019.01.001',
    verification: 'verified',
    note: 'Title, volume, pages and DOI seen in a reference list.',
  },
  lindahl2017: {
    text: 'Lindahl, J. R., et al. (2017). [Meditation-related challenges]. PLOS ONE.',
    doi: '10.1371/journal.pone.0176239',
    verification: 'partial',
    note: 'Checked in an earlier review for the DOI; title not seen here.',
  },
  cebolla2017: {
    text: 'Cebolla, A., et al. (2017). [Unwanted effects of meditation]. PLOS ONE.',
    doi: '10.1371/journal.pone.0183137',
    verification: 'partial',
    note: 'Checked in an earlier review: 25% reported unwanted effects, mostly transient, more with focused attention, > 20 min, alone. Title not seen here.',
  },
  dobkin2012: {
    text: 'Dobkin, P. L., Irving, J. A., & Amar, S. (2012). For whom may participation in a mindfulness-based stress reduction program be contraindicated? Mindfulness.',
    doi: '10.1007/s12671-011-0079-9',
    verification: 'partial',
    note: 'Checked in an earlier review for the DOI, partly verified for the year (2011 online / 2012 print); title as commonly cited.',
  },
  gilbert2011: {
    text: 'Gilbert, P., McEwan, K., Matos, M., & Rivis, A. (2011). Fears of compassion: Development of three self-report measures. Psychology and Psychotherapy: Theory, Research and Practice, 84, 239–255.',
    verification: 'partial',
    note: 'Checked in an earlier review for journal and pages, partly verified for McEwan; title as commonly cited.',
  },
  stanleyBrown2012: {
    text: 'Stanley, B., & Brown, G. K. (2012). Safety planning intervention: A brief intervention to mitigate suicide risk. Cognitive and Behavioral Practice, 19, 256–264.',
    verification: 'verified',
    note: 'Checked in an earlier review for journal, pages and the six steps.',
  },
  kazantzis2010: {
    text: 'Kazantzis, N., Whittington, C., & Dattilio, F. (2010). Meta-analysis of homework effects in cognitive and behavioral therapy: A replication and extension. Clinical Psychology: Science and Practice, 17, 144–156.',
    verification: 'partial',
    note: 'Checked in an earlier review (d = 0.48 for controlled comparisons); evidence is from CBT, not attachment therapy. Title as commonly cited.',
  },
} as const satisfies Record<string, SourcedCitation>;

/** The key of a source in {@link SOURCES}. @category Techniques */
export type SourceKey = keyof typeof SOURCES;
