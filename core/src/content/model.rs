//! The typed course model: what a parsed manifest and module contain. It knows nothing
//! about rendering to the page; prose is already turned into safe HTML by `content::markdown`.

use crate::content::manifest::assessment::AssessmentSettings;
use crate::i18n::Languages;

/// HTML produced by the one Markdown entry point: raw HTML escaped, URLs allow-listed. Only
/// the content parser can make one (the field is private), so plain text can never be taken
/// for HTML: the compiler keeps them apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Wraps HTML the content parser made safe.
    pub(in crate::content) fn from_safe(html: String) -> Self {
        Html(html)
    }

    /// HTML written by hand in this crate's own tests (the `test-support` feature, which only
    /// its tests turn on, through its dev-dependency on itself).
    #[cfg(any(test, feature = "test-support"))]
    #[doc(hidden)]
    pub fn for_tests(html: &str) -> Self {
        Html(html.to_string())
    }

    /// The HTML, to insert into the page.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The course manifest, `content/course.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Course {
    /// Stable identifier of the course (used in progress files).
    pub id: String,
    /// Version of the course text, shown on completion records.
    pub version: String,
    /// Title per locale code (`fr`, `ar`, `ary`).
    pub title: Vec<(String, String)>,
    /// The languages the course is written in (`[[languages]]`), in the picker's order.
    pub languages: Languages,
    /// Module ids (folder names under `content/modules/`), in course order.
    pub modules: Vec<String>,
    /// Percentage of a module's points needed to pass it.
    pub pass_mark: u8,
    /// Neutral page the quick exit sends the learner to.
    pub quick_exit_url: String,
    /// Who issues the completion record (the training programme), if named.
    pub issuer: Option<String>,
    /// The final assessment's settings, when the course has one.
    pub assessment: Option<AssessmentSettings>,
}

/// A source backing the facts a module states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short id, cited in the text as `[^id]` or listed only.
    pub id: String,
    /// Title of the document or page.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Publication or consultation date, as written (`2024-03-01`).
    pub date: String,
    /// Where to read it (`https:` only).
    pub url: String,
    /// What this source supports in the module (one line, for `content/SOURCES.md`).
    pub supports: String,
    /// True while the fact has not been confirmed against the source.
    pub to_verify: bool,
}

/// A module's front matter. For a course module, `title`, `summary` and `minutes` come from
/// the language's map file ([`Module::place_on_map`]); the help page, the guide, the parents'
/// session and the assessment keep them in their own front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    /// Title in this locale.
    pub title: String,
    /// One or two sentences shown on the course map.
    pub summary: String,
    /// Estimated minutes to complete.
    pub minutes: u32,
    /// Shown before the module starts when present.
    pub content_warning: Option<String>,
    /// Sources for the facts stated in the module.
    pub sources: Vec<Source>,
}

/// One module in one locale.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Folder name, e.g. `03-phishing`.
    pub id: String,
    /// Locale of this text.
    pub locale: String,
    /// Front matter.
    pub front: FrontMatter,
    /// The steps a learner pages through, in order.
    pub steps: Vec<Step>,
}

impl Module {
    /// Gives the module the title, summary and minutes of its entry in the map of the language
    /// it was loaded in (empty when the map has no entry for it: the checker reports that).
    pub fn place_on_map(&mut self, map: &CourseMap) {
        let entry = map.entries.get(&self.id).cloned().unwrap_or_default();
        self.front.title = entry.title;
        self.front.summary = entry.summary;
        self.front.minutes = entry.minutes;
    }
}

/// The course map in one language (`content/map/<locale>.toml`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseMap {
    /// Each module's entry, by module id.
    pub entries: std::collections::BTreeMap<String, MapEntry>,
}

/// What the course map shows of one module in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapEntry {
    /// Module title.
    pub title: String,
    /// One or two sentences under the title.
    pub summary: String,
    /// Estimated minutes to complete.
    pub minutes: u32,
}

/// One screen of a module: a `##` heading and what follows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Step id (from `{#id}` on the heading, or derived from its position).
    pub id: String,
    /// Heading text (plain).
    pub title: String,
    /// Content in order.
    pub blocks: Vec<Block>,
}

/// A piece of a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Ordinary lesson prose.
    Prose(Html),
    /// A tip, warning, help box or trainer note.
    Callout(Callout),
    /// A set of questions graded together.
    Quiz(QuestionSet),
    /// A branching scenario.
    Scenario(Scenario),
    /// A case guide: written like a scenario, but its choices carry no points and no
    /// consequence, and every ending is a list of next steps ([`Ending::NextSteps`]).
    Guide(Scenario),
    /// A block that failed to parse: shown as an inline error, the rest still renders.
    Invalid(Diagnostic),
}

/// Kinds of callout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalloutKind {
    /// A helpful hint.
    Tip,
    /// Something to be careful about.
    Warning,
    /// "If this happens to you": where to get help.
    Help,
    /// Only for trainers: hidden from learners, shown in trainer mode.
    Trainer,
}

/// A callout box.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    /// Which kind.
    pub kind: CalloutKind,
    /// Its content.
    pub body: Html,
}

/// A set of questions, the unit that is scored and stored in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSet {
    /// Id unique within the module.
    pub id: String,
    /// Questions in order.
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Id unique within its set.
    pub id: String,
    /// What is asked.
    pub prompt: Html,
    /// Points for a fully correct answer.
    pub points: u32,
    /// The type and its answers.
    pub kind: QuestionKind,
    /// Shown after answering, right or wrong.
    pub explanation: Option<Html>,
}

/// Question types and their answer keys.
#[derive(Clone, Debug, PartialEq)]
pub enum QuestionKind {
    /// Exactly one correct option.
    Single(Vec<Choice>),
    /// One or more correct options; partial credit.
    Multiple(Vec<Choice>),
    /// Two options (true, false), one correct.
    TrueFalse(Vec<Choice>),
    /// Items written in the correct order; shown shuffled.
    Ordering(Vec<Html>),
    /// Pairs written matched; the right-hand sides are shown shuffled.
    Matching(Vec<(Html, Html)>),
}

impl QuestionKind {
    /// The type as an author writes it after the question id, without the dot (`single`).
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Single(_) => "single",
            QuestionKind::Multiple(_) => "multiple",
            QuestionKind::TrueFalse(_) => "true-false",
            QuestionKind::Ordering(_) => "order",
            QuestionKind::Matching(_) => "match",
        }
    }
}

/// An answer option.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Option text.
    pub text: Html,
    /// Whether choosing it is right.
    pub correct: bool,
    /// Shown when this option was chosen.
    pub feedback: Option<Html>,
}

/// A branching scenario: nodes of narrative linked by choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Id unique within the module.
    pub id: String,
    /// Nodes; the first one is the start.
    pub nodes: Vec<Node>,
}

/// How a scenario ending is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The best outcome.
    Good,
    /// Partly right.
    Mixed,
    /// A bad outcome.
    Bad,
    /// A guide's ending: what to do now, whom to contact, what evidence to keep (never judged).
    NextSteps,
}

/// One node of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Id unique within the scenario.
    pub id: String,
    /// Heading text (plain).
    pub title: String,
    /// Narrative.
    pub body: Html,
    /// Choices; empty on endings.
    pub choices: Vec<ScenarioChoice>,
    /// Set on ending nodes.
    pub ending: Option<Ending>,
    /// Question for the room in workshops.
    pub discussion: Option<Html>,
    /// Note for the trainer, never shown to learners.
    pub trainer_note: Option<Html>,
}

/// A choice inside a scenario node.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioChoice {
    /// What the learner decides.
    pub text: Html,
    /// Node it leads to.
    pub target: String,
    /// Points earned by taking it.
    pub points: u32,
    /// Consequence shown after choosing.
    pub feedback: Option<Html>,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed: the checker fails.
    Error,
    /// Should be looked at: the checker passes.
    Warning,
    /// A fact not yet checked against its source: a warning while writing, an error in a
    /// course about to be shipped (`amane check --release`).
    Unverified,
}

/// A problem found in content, located as `file:line:col`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path as given to the parser (e.g. `content/modules/03-phishing/ar.md`).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub col: u32,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and how to fix it, for an author.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning | Severity::Unverified => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {level}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}
