//! Dictionaries: the actors to find and the words that state relations.
//!
//! Everything the extractor knows about the world is data in a directory of
//! plain-text files, one entry per line, so that an analyst edits it with any
//! editor and a diff shows one change:
//!
//! ```text
//! actors/*.txt      actors and their names        (see ActorDictionary format)
//! institutions.txt  words that turn a demonym into an actor ("armée", "army")
//! cues/LANG.txt     relation cues and function words of one language
//! abbreviations.txt words ending in '.' that do not end a sentence
//! ```
//!
//! The built-in set is embedded in the binary ([`Dictionaries::builtin`]), so
//! the tool works from any directory; [`Dictionaries::export`] writes it out
//! for editing and [`Dictionaries::load`] reads a user's own set.
//!
//! Parsing reports every bad line with its file and line number and stops
//! there: this module never builds a half-valid dictionary. Matching the
//! entries against text is [`crate::matcher`]'s job.

use std::{
    collections::HashMap,
    fs,
    path::{Path, PathBuf},
};

use rustc_hash::FxHashSet;

use crate::{
    error::{DictionaryProblem, Error, Result},
    normalize::fold,
};

/// The built-in dictionary files, as `(relative path, contents)`.
const BUILTIN: &[(&str, &str)] = &[
    (
        "actors/states.txt",
        include_str!("../dictionaries/actors/states.txt"),
    ),
    (
        "actors/organisations.txt",
        include_str!("../dictionaries/actors/organisations.txt"),
    ),
    (
        "actors/armed-groups.txt",
        include_str!("../dictionaries/actors/armed-groups.txt"),
    ),
    (
        "actors/not-actors.txt",
        include_str!("../dictionaries/actors/not-actors.txt"),
    ),
    (
        "institutions.txt",
        include_str!("../dictionaries/institutions.txt"),
    ),
    ("cues/fr.txt", include_str!("../dictionaries/cues/fr.txt")),
    ("cues/en.txt", include_str!("../dictionaries/cues/en.txt")),
    (
        "abbreviations.txt",
        include_str!("../dictionaries/abbreviations.txt"),
    ),
];

/// What an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A sovereign state.
    State,
    /// An international or regional organisation.
    Organisation,
    /// An organised armed group.
    ArmedGroup,
}

impl ActorKind {
    /// The name used in dictionaries and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Organisation => "organisation",
            ActorKind::ArmedGroup => "armed-group",
        }
    }

    fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "state" => ActorKind::State,
            "organisation" | "organization" => ActorKind::Organisation,
            "armed-group" => ActorKind::ArmedGroup,
            _ => return None,
        })
    }
}

/// An index into [`Dictionaries::actors`]; cheap to copy and compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub(crate) u32);

impl ActorId {
    /// The index of this actor in [`Dictionaries::actors`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An actor: a state, organisation or armed group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Stable id: ISO 3166-1 alpha-3 for states, an upper-case acronym otherwise.
    pub id: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// Display label.
    pub label: String,
    /// For an armed group, whether it fights for states as their auxiliary
    /// (a `auxiliary` line: Wagner, pro-government militias): beside a
    /// state's forces it is the one that helps, where a rebel group beside
    /// them is the one helped.
    pub auxiliary: bool,
    /// For a state, whether soldiers rule it since a coup (a `junta` line):
    /// the only states "la junte", "the junta" (`description:junta`) can
    /// stand for.
    pub junta: bool,
}

/// How an alias names its actor; decides when a match counts as a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AliasKind {
    /// A name, matched case-insensitively (short all-capital acronyms excepted).
    Name,
    /// A name matched with its exact case.
    Exact,
    /// A capital or seat of power: names the state unless used as a place.
    Seat,
    /// A leader's name.
    Leader,
    /// A nationality adjective: names the state only next to an institution word.
    Demonym,
}

impl AliasKind {
    fn parse(s: &str) -> Option<AliasKind> {
        Some(match s {
            "name" => AliasKind::Name,
            "exact" => AliasKind::Exact,
            "seat" => AliasKind::Seat,
            "leader" => AliasKind::Leader,
            "demonym" => AliasKind::Demonym,
            _ => return None,
        })
    }

    /// The keyword used in dictionary files.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasKind::Name => "name",
            AliasKind::Exact => "exact",
            AliasKind::Seat => "seat",
            AliasKind::Leader => "leader",
            AliasKind::Demonym => "demonym",
        }
    }
}

/// One way of naming an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The actor named.
    pub actor: ActorId,
    /// How it names the actor.
    pub kind: AliasKind,
    /// The alias as written in the dictionary.
    pub text: String,
    /// Whether a match must have the exact case of `text` (acronyms).
    pub case_sensitive: bool,
}

/// The relation types of the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    /// Source gives support, aid, arms, training or troops to target (directed).
    Support,
    /// The two are allies or partners (undirected).
    Alliance,
    /// The two are in dispute or rivalry (undirected).
    Tension,
    /// Source is a member of target, an organisation (directed).
    Membership,
    /// The two fight (undirected).
    Conflict,
}

impl RelationKind {
    /// All kinds, in the order they are reported.
    pub const ALL: [RelationKind; 5] = [
        RelationKind::Support,
        RelationKind::Alliance,
        RelationKind::Tension,
        RelationKind::Membership,
        RelationKind::Conflict,
    ];

    /// The name used in dictionaries and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Support => "support",
            RelationKind::Alliance => "alliance",
            RelationKind::Tension => "tension",
            RelationKind::Membership => "membership",
            RelationKind::Conflict => "conflict",
        }
    }

    /// Whether source and target play different roles.
    pub fn is_directed(self) -> bool {
        matches!(self, RelationKind::Support | RelationKind::Membership)
    }
}

/// How a cue's arguments map onto source and target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    /// Subject gives to object; an agent ("par", "by") gives to the subject.
    Active,
    /// Subject receives from the object ("reçoit", "relies on").
    Receive,
    /// Subject trains the object ("former les soldats"), unless the object
    /// is an organisation, which the subjects form as its members ("les
    /// trois pays qui forment l'AES"): read then as [`Frame::Founded`].
    Forms,
    /// Subject and object fight side by side ("aux côtés de", "alongside"):
    /// the armed group of the two helps the other, else the subject helps;
    /// both fight what follows "contre", "against".
    Beside,
    /// An armed force arrives in a state, which it supports ("des
    /// instructeurs russes sont arrivés au Niger"); no relation when what
    /// arrives is no force.
    Arrival,
    /// Two sides, no direction ("tensions entre X et Y", "X attacks Y").
    Pair,
    /// A tie that goes bad ("soured", "se sont dégradées"): read as
    /// [`Frame::Pair`], and a tie named before it in its clause ("Mali's
    /// ties with Algeria have soured") is a tension between its sides, no
    /// alliance; its possessor is a side ("les relations du Mali avec").
    Decline,
    /// Two sides that act on each other: coordinated subjects are each
    /// other's counterparts ("X et Y s'affrontent", "X and Y are at odds").
    Mutual,
    /// Subject is a member of the object ("membre de", "joined").
    MemberOf,
    /// Subject is an organisation whose members follow ("regroupe", "comprising").
    HasMembers,
    /// An organisation named right before the cue, as a noun's modifier,
    /// has as members the actors right after it ("NATO member Turkey",
    /// "ECOWAS members Nigeria and Ghana") or the actor that a comma and
    /// an article set before it ("Turkey, a NATO member"); nothing else.
    Apposed,
    /// The agents found the organisation ("fondée par", "X et Y ont créé Z").
    Founded,
}

/// A function word class that changes how cues are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// Negates or denies what follows ("ne", "not", "dément").
    Negation,
    /// Denies the whole clause it opens ("dément que", "denied reports
    /// that"), whatever stands between it and the cue.
    Denial,
    /// Makes what follows a substitute, not a partner ("alternatif à", "instead of").
    Substitution,
    /// Ends a tie: turns an alliance or membership cue into tension ("rompre", "quit").
    Rupture,
    /// A rupture that keeps the membership it sanctions ("suspend"): "la
    /// CEDEAO a suspendu le Mali" is a tension, and Mali stays a member.
    Suspension,
    /// A rupture word only right before an organisation ("left ECOWAS",
    /// "left the bloc"): elsewhere it has other senses ("the attack left
    /// 20 dead").
    RuptureFromOrganisation,
    /// Opens a new clause; arguments are not looked for across it ("mais",
    /// "while", "despite").
    Boundary,
    /// A contrastive conjunction ("mais", "but"): a boundary, except that a
    /// cue right after it shares the subject of the cue before ("le Mali
    /// critique la France mais soutient le Niger").
    Contrast,
    /// Introduces the side an alliance or support is aimed at ("contre",
    /// "against"): the actors after it are no partner nor receiver.
    Opponent,
    /// A relative pronoun ("qui", "which"): a boundary whose clause, when a
    /// cue follows it closely, has the noun before it as subject ("l'AES,
    /// qui regroupe le Mali").
    Relative,
    /// A relative pronoun that may also be its clause's object ("which",
    /// "que"): after a comma, with an actor as the clause's subject, the
    /// noun before it is the cue's object ("l'UA, que le Maroc a
    /// réintégrée", "the AU, which Morocco rejoined"). Read as `Relative`
    /// otherwise.
    ObjectRelative,
    /// Says that the actor after it is the cue's own name, not a party to
    /// it ("an alliance, known as Ecowas").
    Naming,
    /// A subject pronoun standing for the first actor of its sentence, or of
    /// the previous one ("il", "it"); plural: `pronouns` ("ils", "they").
    Pronoun {
        /// Whether it stands for several actors.
        plural: bool,
    },
    /// A phrase that means nothing to the rules and hides shorter matches
    /// inside it ("il y a", "it seems": impersonal, not pronouns).
    Ignore,
    /// Makes the following list pairwise ("entre X et Y", "between").
    Between,
    /// Makes coordinated subjects each other's counterparts ("s'accusent
    /// mutuellement", "accuse each other").
    Reciprocal,
    /// Joins the items of a list ("notamment", "including", "among them").
    Joiner,
    /// An auxiliary verb ("has", "ont"): after ", and X" it shows that X
    /// starts a new clause.
    Auxiliary,
    /// A coordinating conjunction ("et", "and"): joins list items, and after
    /// a comma starts a new clause ("..., and Algeria condemns ...").
    Conjunction,
    /// Introduces the agent of a passive ("par", "by").
    Agent,
    /// Introduces a recipient ("à", "to").
    Recipient,
    /// A preposition that makes a following capital a place ("à", "in").
    Place,
    /// Links a noun to the group it belongs to ("du", "of"): a demonym noun
    /// followed by one and an armed group names the group ("les supplétifs
    /// russes du groupe Wagner").
    Genitive,
    /// A description standing for one actor of a kind named nearby ("la
    /// junte", "the country" for states; "l'organisation", "the group").
    Description(ActorKind),
    /// A description standing for several actors named nearby ("ces pays");
    /// with the number of them it names, if it does ("les trois pays":
    /// `descriptions:3`), else 0.
    Descriptions(u8),
    /// A description of a military government ("la junte", "the juntas"):
    /// stands only for states with a `junta` line.
    Junta {
        /// Whether it stands for several states.
        plural: bool,
    },
    /// One word that opens a time adverbial ("depuis", "after"): a cue
    /// noun one or two words after it, whose complement is a force or holds
    /// two complements, is an event whose sides are those complements ("le
    /// départ des troupes françaises"), not the subject of the clause
    /// around it. A word set, read by the rules as plain words.
    Time,
    /// A verb of signing ("signé", "signed"): followed in its clause by an
    /// agreement noun, whatever stands between ("ont signé mercredi à
    /// Moscou un accord"), it is an alliance cue; otherwise a plain word.
    Signing,
    /// An agreement noun ("accord", "treaty"), which makes a signing verb
    /// before it an alliance cue; a plain word for every other rule.
    Agreement,
    /// A verb of buying ("acheté", "bought"): followed in its clause by a
    /// weapon noun, it is a support cue whose subject receives ("le Mali a
    /// acheté des drones à la Turquie"); otherwise a plain word, since
    /// buying oil is trade.
    Purchase,
    /// A verb of selling or giving ("vendu", "doté", "sold", "gave"):
    /// followed in its clause by a weapon noun, it is a support cue ("Turkey
    /// sold Niger drones"); otherwise a plain word.
    Sale,
    /// Military goods ("drones", "armes", "helicopters"), which make a
    /// buying or selling verb before them a support cue; a plain word for
    /// every other rule.
    Weapon,
    /// A verb of saying ("a indiqué", "said"): right after a comma, with at
    /// most a name between ("..., a indiqué l'Élysée", "..., the Kremlin
    /// said"), it opens the clause that names the source of what comes
    /// before, which is none of its sides; a plain word elsewhere.
    Reporting,
    /// A support noun that sends its complement ("le déploiement de", "the
    /// deployment of"): when that complement is a force, the force's state
    /// gives, not the verb's subject.
    Sending,
    /// Makes the verb cue right after it a gerund ("en rompant"), whose
    /// subject is its clause's.
    Gerund,
    /// A possessive determiner ("son", "leur", "its"): after a time word,
    /// its possessor is the clause's subject ("après son retrait").
    Possessive,
    /// A frequent word of the language, used to recognise it.
    Stopword,
}

impl MarkerKind {
    /// Whether it opens a new clause, across which arguments are not looked
    /// for: a plain boundary, a relative pronoun or a contrast word.
    pub fn starts_clause(self) -> bool {
        matches!(
            self,
            MarkerKind::Boundary | MarkerKind::Relative | MarkerKind::Contrast
        )
    }
}

/// What a lexicon entry is: a relation cue with its frame, or a marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryClass {
    /// A relation cue.
    Cue(RelationKind, Frame),
    /// A function word.
    Marker(MarkerKind),
}

impl EntryClass {
    fn parse(s: &str) -> Option<EntryClass> {
        use EntryClass::*;
        use Frame::*;
        use RelationKind::*;
        Some(match s {
            "support" => Cue(Support, Active),
            "support:receive" => Cue(Support, Receive),
            "support:beside" => Cue(Support, Beside),
            "support:forms" => Cue(Support, Forms),
            "support:arrival" => Cue(Support, Arrival),
            "alliance" => Cue(Alliance, Pair),
            "tension" => Cue(Tension, Pair),
            "conflict" => Cue(Conflict, Pair),
            "tension:mutual" => Cue(Tension, Mutual),
            "tension:decline" => Cue(Tension, Decline),
            "conflict:mutual" => Cue(Conflict, Mutual),
            "membership" | "membership:member-of" => Cue(Membership, MemberOf),
            "membership:has-members" => Cue(Membership, HasMembers),
            "membership:apposed" => Cue(Membership, Apposed),
            "membership:founded" => Cue(Membership, Founded),
            "negation" => Marker(MarkerKind::Negation),
            "negation:clause" => Marker(MarkerKind::Denial),
            "substitution" => Marker(MarkerKind::Substitution),
            "rupture" => Marker(MarkerKind::Rupture),
            "rupture:organisation" => Marker(MarkerKind::RuptureFromOrganisation),
            "rupture:suspension" => Marker(MarkerKind::Suspension),
            "boundary" => Marker(MarkerKind::Boundary),
            "relative" => Marker(MarkerKind::Relative),
            "relative:object" => Marker(MarkerKind::ObjectRelative),
            "contrast" => Marker(MarkerKind::Contrast),
            "opponent" => Marker(MarkerKind::Opponent),
            "between" => Marker(MarkerKind::Between),
            "naming" => Marker(MarkerKind::Naming),
            "pronoun" => Marker(MarkerKind::Pronoun { plural: false }),
            "pronouns" => Marker(MarkerKind::Pronoun { plural: true }),
            "ignore" => Marker(MarkerKind::Ignore),
            "joiner" => Marker(MarkerKind::Joiner),
            "reciprocal" => Marker(MarkerKind::Reciprocal),
            "conjunction" => Marker(MarkerKind::Conjunction),
            "auxiliary" => Marker(MarkerKind::Auxiliary),
            "agent" => Marker(MarkerKind::Agent),
            "recipient" => Marker(MarkerKind::Recipient),
            "place" => Marker(MarkerKind::Place),
            "genitive" => Marker(MarkerKind::Genitive),
            "description" => Marker(MarkerKind::Description(ActorKind::State)),
            "description:organisation" => Marker(MarkerKind::Description(ActorKind::Organisation)),
            "description:armed-group" => Marker(MarkerKind::Description(ActorKind::ArmedGroup)),
            "descriptions" => Marker(MarkerKind::Descriptions(0)),
            "description:junta" => Marker(MarkerKind::Junta { plural: false }),
            "descriptions:junta" => Marker(MarkerKind::Junta { plural: true }),
            counted if counted.starts_with("descriptions:") => {
                let n: u8 = counted["descriptions:".len()..].parse().ok()?;
                if !(2..=9).contains(&n) {
                    return None;
                }
                Marker(MarkerKind::Descriptions(n))
            }
            "time" => Marker(MarkerKind::Time),
            "signing" => Marker(MarkerKind::Signing),
            "agreement" => Marker(MarkerKind::Agreement),
            "reporting" => Marker(MarkerKind::Reporting),
            "purchase" => Marker(MarkerKind::Purchase),
            "sale" => Marker(MarkerKind::Sale),
            "weapon" => Marker(MarkerKind::Weapon),
            "possessive" => Marker(MarkerKind::Possessive),
            "gerund" => Marker(MarkerKind::Gerund),
            "sending" => Marker(MarkerKind::Sending),
            "stopword" => Marker(MarkerKind::Stopword),
            _ => return None,
        })
    }

    /// The keyword used in cue files.
    pub fn as_str(self) -> &'static str {
        use EntryClass::*;
        use Frame::*;
        use RelationKind::*;
        match self {
            Cue(Support, Receive) => "support:receive",
            Cue(Support, Beside) => "support:beside",
            Cue(Support, Forms) => "support:forms",
            Cue(Support, Arrival) => "support:arrival",
            Cue(Support, _) => "support",
            Cue(Alliance, _) => "alliance",
            Cue(Tension, Mutual) => "tension:mutual",
            Cue(Tension, Decline) => "tension:decline",
            Cue(Conflict, Mutual) => "conflict:mutual",
            Cue(Tension, _) => "tension",
            Cue(Conflict, _) => "conflict",
            Cue(Membership, HasMembers) => "membership:has-members",
            Cue(Membership, Apposed) => "membership:apposed",
            Cue(Membership, Founded) => "membership:founded",
            Cue(Membership, _) => "membership",
            Marker(m) => match m {
                MarkerKind::Negation => "negation",
                MarkerKind::Denial => "negation:clause",
                MarkerKind::Substitution => "substitution",
                MarkerKind::Rupture => "rupture",
                MarkerKind::RuptureFromOrganisation => "rupture:organisation",
                MarkerKind::Suspension => "rupture:suspension",
                MarkerKind::Boundary => "boundary",
                MarkerKind::Relative => "relative",
                MarkerKind::ObjectRelative => "relative:object",
                MarkerKind::Contrast => "contrast",
                MarkerKind::Opponent => "opponent",
                MarkerKind::Between => "between",
                MarkerKind::Naming => "naming",
                MarkerKind::Pronoun { plural: false } => "pronoun",
                MarkerKind::Pronoun { plural: true } => "pronouns",
                MarkerKind::Ignore => "ignore",
                MarkerKind::Joiner => "joiner",
                MarkerKind::Reciprocal => "reciprocal",
                MarkerKind::Conjunction => "conjunction",
                MarkerKind::Auxiliary => "auxiliary",
                MarkerKind::Agent => "agent",
                MarkerKind::Recipient => "recipient",
                MarkerKind::Place => "place",
                MarkerKind::Genitive => "genitive",
                MarkerKind::Description(ActorKind::State) => "description",
                MarkerKind::Description(ActorKind::Organisation) => "description:organisation",
                MarkerKind::Description(ActorKind::ArmedGroup) => "description:armed-group",
                MarkerKind::Junta { plural: false } => "description:junta",
                MarkerKind::Junta { plural: true } => "descriptions:junta",
                MarkerKind::Descriptions(n) => {
                    const COUNTED: [&str; 10] = [
                        "descriptions",
                        "descriptions",
                        "descriptions:2",
                        "descriptions:3",
                        "descriptions:4",
                        "descriptions:5",
                        "descriptions:6",
                        "descriptions:7",
                        "descriptions:8",
                        "descriptions:9",
                    ];
                    COUNTED[usize::from(n).min(9)]
                }
                MarkerKind::Time => "time",
                MarkerKind::Signing => "signing",
                MarkerKind::Agreement => "agreement",
                MarkerKind::Reporting => "reporting",
                MarkerKind::Purchase => "purchase",
                MarkerKind::Sale => "sale",
                MarkerKind::Weapon => "weapon",
                MarkerKind::Possessive => "possessive",
                MarkerKind::Gerund => "gerund",
                MarkerKind::Sending => "sending",
                MarkerKind::Stopword => "stopword",
            },
        }
    }
}

/// One line of a cue file: a phrase and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconEntry {
    /// What the phrase is.
    pub class: EntryClass,
    /// The phrase as written, without a trailing `*`.
    pub text: String,
    /// Whether the last word may continue (`soutien*` matches "soutient").
    pub prefix: bool,
    /// Whether the text must be spelled exactly as written, accents and
    /// case included (`=a`, the verb, is not "à").
    pub exact: bool,
}

/// The cues and markers of one language (`cues/fr.txt` is language `fr`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lexicon {
    /// Language code, from the file name.
    pub language: String,
    /// The entries, in file order.
    pub entries: Vec<LexiconEntry>,
    /// Where a demonym stands relative to its institution word, from an
    /// `option demonym-first` or `option institution-first` line.
    pub demonym_order: DemonymOrder,
}

/// Where a demonym stands relative to the institution word that makes it a
/// mention: "the Malian army" (first) or "l'armée malienne" (after).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DemonymOrder {
    /// The demonym comes first (English).
    DemonymFirst,
    /// The institution word comes first (French).
    InstitutionFirst,
    /// Either order (no language known).
    #[default]
    Either,
}

/// A word that makes a demonym name its state ("armée" in "l'armée
/// malienne").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Institution {
    /// The word or phrase as written.
    pub text: String,
    /// Whether it is a state action ("appui", "support"): it qualifies the
    /// demonym but stays outside the mention, being a relation cue itself.
    pub action: bool,
    /// Whether it is a noun of a people ("peuple", "people"): a demonym whose
    /// nearest such word is one of these names no actor.
    pub people: bool,
    /// Whether it is the title of one person ("ministre", "ambassador"):
    /// receiving such a person is a visit, not support.
    pub person: bool,
    /// Whether it names armed agents ("soldats", "instructors"): their
    /// arrival in a state is support to it.
    pub force: bool,
}

/// A complete, validated dictionary set.
#[derive(Clone, Debug)]
pub struct Dictionaries {
    /// Actors, sorted by id.
    pub actors: Vec<Actor>,
    /// Every alias of every actor.
    pub aliases: Vec<Alias>,
    /// Phrases that contain an alias but name no actor ("lac Tchad",
    /// "Gulf of Guinea"): found like aliases, then dropped.
    pub not_actors: Vec<String>,
    /// Institution words: a demonym next to one names its state.
    pub institutions: Vec<Institution>,
    /// One lexicon per language, sorted by language.
    pub lexicons: Vec<Lexicon>,
    /// Abbreviations that do not end a sentence.
    pub abbreviations: Vec<String>,
}

/// Constructors.
impl Dictionaries {
    /// The dictionaries embedded in the binary.
    ///
    /// # Panics
    ///
    /// Never in a released build: a test checks that the built-in set parses.
    pub fn builtin() -> Dictionaries {
        let files = BUILTIN
            .iter()
            .map(|&(p, t)| (p.to_string(), t.to_string()))
            .collect();
        Dictionaries::from_files(files).expect("built-in dictionaries are valid")
    }

    /// Loads a dictionary set from `dir`, laid out as the built-in set
    /// (see [`Dictionaries::export`]).
    ///
    /// # Errors
    ///
    /// An [`Error::Io`] if a file cannot be read, or an [`Error::Dictionary`]
    /// listing every bad line of every file.
    pub fn load(dir: &Path) -> Result<Dictionaries> {
        let mut files = Vec::new();
        for sub in ["actors", "cues"] {
            let path = dir.join(sub);
            let entries = fs::read_dir(&path).map_err(|e| Error::io(&path, e))?;
            let mut names = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(&path, e))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".txt") {
                    names.push(name);
                }
            }
            names.sort();
            for name in names {
                files.push(format!("{sub}/{name}"));
            }
        }
        files.push("institutions.txt".to_string());
        files.push("abbreviations.txt".to_string());
        let mut loaded = Vec::new();
        for rel in files {
            let path = dir.join(&rel);
            let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
            match String::from_utf8(bytes) {
                Ok(text) => loaded.push((rel, text)),
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                    return Err(Error::Dictionary(vec![DictionaryProblem {
                        file: rel,
                        line,
                        message: format!("invalid UTF-8 at byte {at}: save the file as UTF-8"),
                    }]));
                }
            }
        }
        Dictionaries::from_files(loaded)
    }

    /// Builds a set from `(relative path, contents)` pairs: `actors/*.txt`,
    /// `cues/LANG.txt`, `institutions.txt` and `abbreviations.txt`.
    ///
    /// # Errors
    ///
    /// An [`Error::Dictionary`] listing every bad line.
    pub fn from_files(files: Vec<(String, String)>) -> Result<Dictionaries> {
        let mut problems = Vec::new();
        let mut actors = ActorParser::default();
        let mut institutions = Vec::new();
        let mut lexicons = Vec::new();
        let mut abbreviations = Vec::new();
        for (file, text) in &files {
            let mut report = |line: usize, message: String| {
                problems.push(DictionaryProblem {
                    file: file.clone(),
                    line,
                    message,
                })
            };
            if file.starts_with("actors/") {
                actors.parse_file(file, text, &mut report);
            } else if let Some(lang) = file
                .strip_prefix("cues/")
                .and_then(|f| f.strip_suffix(".txt"))
            {
                lexicons.push(parse_lexicon(lang, text, &mut report));
            } else if file == "institutions.txt" {
                for (n, line) in content_lines(text) {
                    let prefixed = |p: &str| line.strip_prefix(p).map(str::trim);
                    let (action, people, person, force) = (
                        prefixed("action "),
                        prefixed("not "),
                        prefixed("person "),
                        prefixed("force "),
                    );
                    let word = action.or(people).or(person).or(force).unwrap_or(line);
                    if !fold(word).chars().any(char::is_alphanumeric) {
                        report(n, "an institution word must have letters".into());
                    } else {
                        institutions.push(Institution {
                            text: word.to_string(),
                            action: action.is_some(),
                            people: people.is_some(),
                            person: person.is_some(),
                            force: force.is_some(),
                        });
                    }
                }
            } else if file == "abbreviations.txt" {
                match crate::sentence::parse_abbreviations(text) {
                    Ok(list) => abbreviations = list,
                    Err((n, msg)) => report(n, msg),
                }
            } else {
                report(0, "unknown dictionary file: expected actors/*.txt, cues/LANG.txt, institutions.txt or abbreviations.txt".into());
            }
        }
        let not_actors = std::mem::take(&mut actors.not_actors);
        let (actors, aliases) = actors.finish(&mut problems);
        if actors.is_empty() && problems.is_empty() {
            problems.push(DictionaryProblem {
                file: "actors/".into(),
                line: 0,
                message: "no actor defined: add an `actor ID KIND LABEL` line".into(),
            });
        }
        if !problems.is_empty() {
            return Err(Error::Dictionary(problems));
        }
        lexicons.sort_by(|a: &Lexicon, b| a.language.cmp(&b.language));
        Ok(Dictionaries {
            actors,
            aliases,
            not_actors,
            institutions,
            lexicons,
            abbreviations,
        })
    }
}

/// Introspection and output.
impl Dictionaries {
    /// The actor behind an id.
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.index()]
    }

    /// The words of every language's `kind` markers, folded, a final
    /// apostrophe dropped: "d'" is the word "d" before an apostrophe token.
    pub fn marker_words(&self, kind: MarkerKind) -> FxHashSet<String> {
        self.lexicons
            .iter()
            .flat_map(|l| &l.entries)
            .filter(|e| e.class == EntryClass::Marker(kind))
            .map(|e| fold(&e.text).trim_end_matches('\'').to_string())
            .collect()
    }

    /// Looks an actor up by its string id (`"MLI"`).
    pub fn actor_by_id(&self, id: &str) -> Option<ActorId> {
        self.actors
            .binary_search_by(|a| a.id.as_str().cmp(id))
            .ok()
            .map(|i| ActorId(i as u32))
    }

    /// Writes the built-in dictionary files into `dir`, creating it, so that a
    /// user can edit them and pass the directory back with `--dictionaries`.
    ///
    /// # Errors
    ///
    /// An [`Error::Io`] if a directory or file cannot be written.
    pub fn export(dir: &Path) -> Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        for (rel, text) in BUILTIN {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            crate::output::write_atomic(&path, text.as_bytes())?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Lines that carry content: neither blank nor a `#` comment. Yields the
/// 1-based line number and the trimmed line.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Accumulates actors across files and checks ids and aliases are unique.
#[derive(Default)]
struct ActorParser {
    /// Each actor with the file and line that defined it.
    actors: Vec<(Actor, String, usize)>,
    /// Phrases that name no actor.
    not_actors: Vec<String>,
    /// Each alias: actor index, kind, text, folded text, file, line.
    aliases: Vec<(usize, AliasKind, String, String, String, usize)>,
}

impl ActorParser {
    fn parse_file(&mut self, file: &str, text: &str, report: &mut impl FnMut(usize, String)) {
        let mut current: Option<usize> = None;
        for (n, line) in content_lines(text) {
            let (keyword, rest) = split_first_word(line);
            if keyword == "not-actor" {
                current = None;
                if fold(rest).chars().any(char::is_alphanumeric) {
                    self.not_actors.push(rest.trim().to_string());
                } else {
                    report(
                        n,
                        "empty phrase after `not-actor`: write the phrase to ignore".into(),
                    );
                }
                continue;
            }
            if keyword == "actor" {
                current = None;
                let mut parts = rest.splitn(3, char::is_whitespace);
                let (id, kind, label) = (parts.next(), parts.next(), parts.next());
                let (Some(id), Some(kind), Some(label)) = (id, kind, label.map(str::trim)) else {
                    report(
                        n,
                        "expected `actor ID KIND LABEL`, e.g. `actor MLI state Mali`".into(),
                    );
                    continue;
                };
                if !id
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                    || label.is_empty()
                {
                    report(
                        n,
                        format!(
                            "bad actor id {id:?}: use upper-case ASCII letters and digits (ISO alpha-3 for states)"
                        ),
                    );
                    continue;
                }
                let Some(kind) = ActorKind::parse(kind) else {
                    report(
                        n,
                        format!(
                            "unknown actor kind {kind:?}: use state, organisation or armed-group"
                        ),
                    );
                    continue;
                };
                let actor = Actor {
                    id: id.to_string(),
                    kind,
                    label: label.to_string(),
                    auxiliary: false,
                    junta: false,
                };
                self.actors.push((actor, file.to_string(), n));
                current = Some(self.actors.len() - 1);
            } else if keyword == "junta" {
                match current.map(|i| &mut self.actors[i].0) {
                    Some(actor) if actor.kind == ActorKind::State && rest.trim().is_empty() => {
                        actor.junta = true;
                    }
                    _ => report(
                        n,
                        "`junta` stands alone on a line inside a state entry".into(),
                    ),
                }
            } else if keyword == "auxiliary" {
                match current.map(|i| &mut self.actors[i].0) {
                    Some(actor)
                        if actor.kind == ActorKind::ArmedGroup && rest.trim().is_empty() =>
                    {
                        actor.auxiliary = true;
                    }
                    _ => report(
                        n,
                        "`auxiliary` stands alone on a line inside an armed-group entry".into(),
                    ),
                }
            } else if let Some(kind) = AliasKind::parse(keyword) {
                let Some(actor) = current else {
                    report(
                        n,
                        format!(
                            "`{keyword}` before any `actor` line: start the entry with `actor ID KIND LABEL`"
                        ),
                    );
                    continue;
                };
                let alias = rest.trim();
                let folded = fold(alias);
                if folded.trim().is_empty() || !folded.chars().any(char::is_alphanumeric) {
                    report(
                        n,
                        format!("empty alias after `{keyword}`: write a name with letters"),
                    );
                    continue;
                }
                self.aliases
                    .push((actor, kind, alias.to_string(), folded, file.to_string(), n));
            } else {
                report(
                    n,
                    format!(
                        "unknown keyword {keyword:?}: expected actor, name, exact, seat, leader, demonym, auxiliary, junta or not-actor"
                    ),
                );
            }
        }
    }

    fn finish(self, problems: &mut Vec<DictionaryProblem>) -> (Vec<Actor>, Vec<Alias>) {
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, (actor, file, line)) in self.actors.iter().enumerate() {
            if let Some(&first) = by_id.get(actor.id.as_str()) {
                let (_, first_file, first_line) = &self.actors[first];
                problems.push(DictionaryProblem {
                    file: file.clone(),
                    line: *line,
                    message: format!(
                        "duplicate actor id {} (first defined at {first_file}:{first_line}): merge the two entries",
                        actor.id
                    ),
                });
            } else {
                by_id.insert(&actor.id, i);
            }
        }
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by(|&a, &b| self.actors[a].0.id.cmp(&self.actors[b].0.id));
        let mut new_index = vec![0u32; self.actors.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new as u32;
        }
        let mut seen: HashMap<(String, bool), (usize, String, usize)> = HashMap::new();
        let mut aliases = Vec::new();
        for (actor, kind, text, folded, file, line) in self.aliases {
            let case_sensitive = kind == AliasKind::Exact || is_short_acronym(&text);
            let key = if case_sensitive {
                (text.clone(), true)
            } else {
                (folded, false)
            };
            match seen.get(&key) {
                Some((other, other_file, other_line)) if *other != actor => {
                    problems.push(DictionaryProblem {
                        file,
                        line,
                        message: format!(
                            "alias {text:?} of {} is also an alias of {} ({other_file}:{other_line}): an alias names one actor, remove one",
                            self.actors[actor].0.id, self.actors[*other].0.id
                        ),
                    });
                    continue;
                }
                Some(_) => continue,
                None => {
                    seen.insert(key, (actor, file, line));
                }
            }
            aliases.push(Alias {
                actor: ActorId(new_index[actor]),
                kind,
                text,
                case_sensitive,
            });
        }
        let mut actors: Vec<Actor> = self.actors.into_iter().map(|(a, _, _)| a).collect();
        actors.sort_by(|a, b| a.id.cmp(&b.id));
        actors.dedup_by(|a, b| a.id == b.id);
        (actors, aliases)
    }
}

/// Acronyms of three letters or fewer in capitals ("UN", "AU", "US", "AES")
/// collide with common words ("un", "au", "us"), so they match with their case.
fn is_short_acronym(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && alias
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

fn split_first_word(line: &str) -> (&str, &str) {
    match line.find(char::is_whitespace) {
        Some(i) => (&line[..i], line[i..].trim_start()),
        None => (line, ""),
    }
}

fn parse_lexicon(language: &str, text: &str, report: &mut impl FnMut(usize, String)) -> Lexicon {
    let mut entries = Vec::new();
    let mut demonym_order = DemonymOrder::Either;
    for (n, line) in content_lines(text) {
        let (class, phrase) = split_first_word(line);
        if class == "option" {
            match phrase {
                "demonym-first" => demonym_order = DemonymOrder::DemonymFirst,
                "institution-first" => demonym_order = DemonymOrder::InstitutionFirst,
                other => report(
                    n,
                    format!("unknown option {other:?}: use demonym-first or institution-first"),
                ),
            }
            continue;
        }
        let Some(class) = EntryClass::parse(class) else {
            report(
                n,
                format!(
                    "unknown class {class:?}: use support, support:receive, support:beside, support:arrival, support:forms, alliance, tension, tension:mutual, tension:decline, conflict, conflict:mutual, membership, membership:has-members, membership:apposed, membership:founded, or a marker (negation, substitution, rupture, rupture:organisation, boundary, relative, relative:object, contrast, opponent, between, naming, pronoun, pronouns, ignore, joiner, reciprocal, conjunction, auxiliary, agent, recipient, place, genitive, description, description:organisation, description:armed-group, description:junta, descriptions, descriptions:junta, descriptions:2 to descriptions:9, stopword)"
                ),
            );
            continue;
        };
        let (phrase, exact) = match phrase.strip_prefix('=') {
            Some(p) => (p.trim_start(), true),
            None => (phrase, false),
        };
        let (phrase, prefix) = match phrase.strip_suffix('*') {
            Some(p) => (p.trim_end(), true),
            None => (phrase, false),
        };
        if exact && prefix {
            report(
                n,
                "a cue cannot be both exact (`=`) and open-ended (`*`): drop one".into(),
            );
            continue;
        }
        if phrase.contains('*') {
            report(
                n,
                "`*` is allowed only at the end of a cue, to match word endings".into(),
            );
            continue;
        }
        if !fold(phrase).chars().any(char::is_alphanumeric) {
            report(
                n,
                format!("empty cue after `{}`: write a word", class.as_str()),
            );
            continue;
        }
        entries.push(LexiconEntry {
            class,
            text: phrase.to_string(),
            prefix,
            exact,
        });
    }
    Lexicon {
        language: language.to_string(),
        entries,
        demonym_order,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(actors: &str, cues: &str) -> Vec<(String, String)> {
        vec![
            ("actors/test.txt".into(), actors.into()),
            ("cues/fr.txt".into(), cues.into()),
            ("institutions.txt".into(), "armée\n".into()),
            ("abbreviations.txt".into(), "M.\n".into()),
        ]
    }

    fn problems(actors: &str, cues: &str) -> Vec<String> {
        match Dictionaries::from_files(files(actors, cues)) {
            Err(Error::Dictionary(p)) => p.iter().map(|p| p.to_string()).collect(),
            Err(e) => panic!("unexpected error {e}"),
            Ok(_) => vec![],
        }
    }

    #[test]
    fn builtin_set_parses() {
        let d = Dictionaries::builtin();
        assert!(d.actor_by_id("MLI").is_some());
        assert!(d.lexicons.iter().any(|l| l.language == "fr"));
    }

    #[test]
    fn parses_actor_with_aliases() {
        let d = Dictionaries::from_files(files(
            "# comment\nactor MLI state Mali\n  name Mali\n  seat Bamako\n  demonym malien\nactor UN organisation United Nations\n  name UN\n",
            "support soutien*\n",
        ))
        .unwrap();
        assert_eq!(d.actors.len(), 2);
        let un = d.aliases.iter().find(|a| a.text == "UN").unwrap();
        assert!(un.case_sensitive);
        let mali = d.aliases.iter().find(|a| a.text == "Mali").unwrap();
        assert!(!mali.case_sensitive);
        assert!(d.lexicons[0].entries[0].prefix);
    }

    #[test]
    fn institution_lines_say_what_the_word_is() {
        let mut f = files("actor MLI state Mali\n", "support soutien*\n");
        f[2].1 = "armée\naction appui\nnot peuple\nperson ministre\nforce soldats\n".into();
        let d = Dictionaries::from_files(f).unwrap();
        let kinds: Vec<(&str, [bool; 4])> = d
            .institutions
            .iter()
            .map(|i| (i.text.as_str(), [i.action, i.people, i.person, i.force]))
            .collect();
        assert_eq!(
            kinds,
            [
                ("armée", [false, false, false, false]),
                ("appui", [true, false, false, false]),
                ("peuple", [false, true, false, false]),
                ("ministre", [false, false, true, false]),
                ("soldats", [false, false, false, true]),
            ]
        );
    }

    #[test]
    fn exact_cues_keep_their_spelling() {
        let mut lines = Vec::new();
        let lex = parse_lexicon("fr", "auxiliary =a\nrecipient à\n", &mut |n, m| {
            lines.push((n, m))
        });
        assert!(lines.is_empty());
        assert!(lex.entries[0].exact && lex.entries[0].text == "a");
        assert!(!lex.entries[1].exact);
        parse_lexicon("fr", "support soutien*\nsupport =appui*\n", &mut |n, m| {
            lines.push((n, m))
        });
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].0, 2);
        assert!(lines[0].1.contains("exact"), "{}", lines[0].1);
    }

    #[test]
    fn reports_every_bad_line_with_its_number() {
        let p = problems(
            "actor MLI state Mali\n  name\n  nom Mali\nactor mli state x\nactor NER country Niger\n",
            "supprt soutien\nsupport sou*tien\n",
        );
        assert_eq!(p.len(), 6, "{p:#?}");
        assert!(p[0].starts_with("actors/test.txt:2: empty alias"), "{p:#?}");
        assert!(p[1].starts_with("actors/test.txt:3: unknown keyword"));
        assert!(p[2].starts_with("actors/test.txt:4: bad actor id"));
        assert!(p[3].starts_with("actors/test.txt:5: unknown actor kind"));
        assert!(p[4].starts_with("cues/fr.txt:1: unknown class"));
        assert!(p[5].starts_with("cues/fr.txt:2: `*`"));
    }

    #[test]
    fn rejects_duplicate_ids_and_shared_aliases() {
        let p = problems(
            "actor MLI state Mali\n  name Mali\nactor MLI state Mali\nactor NER state Niger\n  name MALI\n",
            "",
        );
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(p[0].contains("duplicate actor id MLI"));
        assert!(p[1].contains("also an alias of MLI"));
    }

    #[test]
    fn alias_before_actor_is_an_error() {
        let p = problems("name Mali\n", "");
        assert!(p[0].contains("before any `actor` line"), "{p:#?}");
    }

    #[test]
    fn auxiliary_marks_an_armed_group_only() {
        let d = Dictionaries::from_files(files(
            "actor WAGNER armed-group Wagner\n  auxiliary\n  name Wagner\nactor M23 armed-group M23\n  name M23\n",
            "",
        ))
        .unwrap();
        let auxiliary = |id: &str| d.actors.iter().find(|a| a.id == id).unwrap().auxiliary;
        assert!(auxiliary("WAGNER") && !auxiliary("M23"));
        let p = problems(
            "actor MLI state Mali\n  auxiliary\nactor M23 armed-group M23\n  auxiliary yes\n",
            "",
        );
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(
            p[0].contains(":2:") && p[0].contains("armed-group entry"),
            "{p:#?}"
        );
    }

    #[test]
    fn junta_marks_a_state_only() {
        let d = Dictionaries::from_files(files(
            "actor MLI state Mali\n  junta\n  name Mali\nactor SEN state Senegal\n  name Senegal\n",
            "",
        ))
        .unwrap();
        let junta = |id: &str| d.actors.iter().find(|a| a.id == id).unwrap().junta;
        assert!(junta("MLI") && !junta("SEN"));
        let p = problems("actor AES organisation AES\n  junta\n", "");
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].contains(":2:") && p[0].contains("state entry"),
            "{p:#?}"
        );
    }
}
