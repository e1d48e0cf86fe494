//! Unit tests of the relation rules: one named test per construction, each
//! on French and English sentences written for the purpose (none is taken
//! from the corpus or the gold files, so that the rules are tested on news in
//! general). What a correct triple is comes from
//! `../shared/gold/GUIDELINES.md`.
//!
//! Each `check` lists every triple its text should give, no more. Directed
//! triples (support, membership) read `SOURCE type TARGET`; undirected ones
//! (alliance, tension, conflict) have their sides in alphabetical order.
//!
//! Cases the rules still get wrong are not asserted: they are listed in
//! [`KNOWN_GAPS`], grouped by construction, most important first, and
//! `known_gaps_progress` prints how many of them pass now (run it with
//! `--nocapture`). When a gap passes, move it to [`FORMER_GAPS`], which is
//! asserted.

use std::sync::OnceLock;

use crate::{Dictionaries, Extractor, dictionary::RelationKind};

/// One extractor for all tests: compiling the dictionaries is the slow part.
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(Dictionaries::builtin()))
}

/// The triples drawn from `text`, as `SOURCE type TARGET`, sorted, without
/// duplicates; an undirected triple has its sides in alphabetical order, so
/// that tests do not depend on the order of the dictionaries.
pub(super) fn triples(text: &str) -> Vec<String> {
    let extractor = extractor();
    let dicts = extractor.dictionaries();
    let article = extractor.analyse("test", text);
    let mut out: Vec<String> = article
        .sentences
        .iter()
        .flat_map(|s| &s.relations.drawn)
        .map(|d| {
            let t = d.triple;
            let (mut a, mut b) = (
                dicts.actor(t.source).id.as_str(),
                dicts.actor(t.target).id.as_str(),
            );
            if !t.kind.is_directed() && b < a {
                (a, b) = (b, a);
            }
            format!("{a} {} {b}", t.kind.as_str())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `expected` in the form [`triples`] gives: sorted, undirected sides in
/// alphabetical order.
fn normalise(expected: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = expected
        .iter()
        .map(|t| {
            let parts: Vec<&str> = t.split(' ').collect();
            let [a, kind, b] = parts[..] else {
                panic!("a triple is `SOURCE type TARGET`, not {t:?}");
            };
            let directed = RelationKind::ALL
                .iter()
                .find(|k| k.as_str() == kind)
                .unwrap_or_else(|| panic!("unknown relation type in {t:?}"))
                .is_directed();
            if !directed && b < a {
                format!("{b} {kind} {a}")
            } else {
                t.to_string()
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Asserts that `text` gives exactly the `expected` triples.
fn check(text: &str, expected: &[&str]) {
    assert_eq!(triples(text), normalise(expected), "in {text:?}");
}

/// "X soutient Y", "X supplies arms to Y": the subject gives to the object.
#[test]
fn support_active_voice() {
    check("La Russie soutient le Mali.", &["RUS support MLI"]);
    check("Russia supports Mali.", &["RUS support MLI"]);
    check(
        "La Turquie a fourni des drones au Niger.",
        &["TUR support NER"],
    );
    check(
        "Les États-Unis financent l'armée tchadienne depuis des années.",
        &["USA support TCD"],
    );
    check(
        "La Chine équipe les forces maliennes en véhicules blindés.",
        &["CHN support MLI"],
    );
    check(
        "La Russie a déployé des instructeurs au Burkina Faso.",
        &["RUS support BFA"],
    );
    check("Russia supplies arms to Mali.", &["RUS support MLI"]);
    check(
        "The United States trains Chadian soldiers.",
        &["USA support TCD"],
    );
    check("China is funding the Nigerien army.", &["CHN support NER"]);
    check(
        "Russia provided Mali with two transport aircraft.",
        &["RUS support MLI"],
    );
    check(
        "Moscow has deployed military instructors to Niger.",
        &["RUS support NER"],
    );
    check(
        "Turkey has delivered drones to Burkina Faso.",
        &["TUR support BFA"],
    );
}

/// After "mais"/"but", a verb with no subject of its own shares the
/// subject of the clause before; with a subject of its own, it has it.
#[test]
fn contrast_keeps_or_changes_the_subject() {
    check(
        "Le Mali critique la France mais soutient le Niger.",
        &["FRA tension MLI", "MLI support NER"],
    );
    check(
        "Algeria condemned France but backs Niger.",
        &["DZA support NER", "DZA tension FRA"],
    );
    check(
        "Mali criticised France but Niger backed Paris.",
        &["FRA tension MLI", "NER support FRA"],
    );
}

/// A receive cue ("alongside") takes no nominal giver from a later "by":
/// that agent belongs to another verb.
#[test]
fn a_receive_cue_has_no_nominal_agent() {
    check(
        "Russian mercenaries were killed alongside Malian troops by JNIM fighters.",
        &[],
    );
    check(
        "La livraison de blindés au Niger par la Chine a été confirmée.",
        &["CHN support NER"],
    );
}

/// Trading accusations is tension between the two; close ties are an
/// alliance.
#[test]
fn traded_accusations_and_close_ties() {
    check(
        "Benin and Niger have traded accusations over the border closure.",
        &["BEN tension NER"],
    );
    check(
        "Le Bénin et le Niger échangent des accusations depuis des mois.",
        &["BEN tension NER"],
    );
    check(
        "Le Mali entretient des liens étroits avec la Russie.",
        &["MLI alliance RUS"],
    );
    check("Mali has close ties with Russia.", &["MLI alliance RUS"]);
}

/// What an alliance or support is aimed at ("contre", "against") is no
/// partner nor receiver.
#[test]
fn the_target_of_an_alliance_is_no_partner() {
    check(
        "Le Mali et le Niger ont formé une alliance contre le JNIM.",
        &["MLI alliance NER"],
    );
    check(
        "Mali and Niger formed an alliance against JNIM.",
        &["MLI alliance NER"],
    );
    check("Russia supports Mali against JNIM.", &["RUS support MLI"]);
}

/// "help" gives as "aid" does; a "despite" clause keeps its actors out of
/// the main clause's cue.
#[test]
fn help_is_support_and_despite_starts_a_clause() {
    check(
        "Moscow will keep helping Niger despite the attacks claimed by JNIM.",
        &["RUS support NER"],
    );
    check(
        "La Russie continuera d'aider le Mali à combattre les jihadistes malgré les pertes subies par Wagner.",
        &["RUS support MLI"],
    );
}

/// Signing an agreement is an alliance (GUIDELINES: "sign or hold
/// cooperation agreements"), whatever the agreement is about; cutting
/// diplomatic ties ends one.
#[test]
fn agreements_signed_and_ties_cut() {
    check(
        "Russia and Mali signed an agreement on nuclear energy.",
        &["MLI alliance RUS"],
    );
    check(
        "Le Burkina Faso a signé un accord avec la Russie pour construire une centrale.",
        &["BFA alliance RUS"],
    );
    check(
        "Mali cut diplomatic ties with Ukraine after the battle.",
        &["MLI tension UKR"],
    );
    check(
        "Le Mali a rompu ses relations diplomatiques avec l'Ukraine.",
        &["MLI tension UKR"],
    );
}

/// A reporting clause after a comma names the source of what comes before
/// ("..., a indiqué Paris", "..., the Kremlin said"), not one of its sides;
/// the same verb elsewhere leaves the clause whole.
#[test]
fn reporting_clauses_name_a_source() {
    check(
        "Le Tchad a fourni à l'armée nigérienne un appui aérien, a indiqué Paris.",
        &["TCD support NER"],
    );
    check(
        "Chad will send troops to shore up Niger's army, the Kremlin said on Friday.",
        &["TCD support NER"],
    );
    check(
        "Algeria condemned the drone strike, said Mali's neighbour Mauritania.",
        &[],
    );
    // Not after a comma, or with no subject after the verb: the verb opens
    // nothing.
    check(
        "La Russie, partenaire du Mali, a annoncé son soutien au Niger.",
        &["MLI alliance RUS", "RUS support NER"],
    );
    check(
        "Russia said it would supply arms to Burkina Faso.",
        &["RUS support BFA"],
    );
}

/// Military and diplomatic ties are an alliance; ended, a tension, which
/// pairs coordinated subjects as the alliance would.
#[test]
fn ties_made_and_ended() {
    check(
        "Mali and Russia have deepened their military ties.",
        &["MLI alliance RUS"],
    );
    check(
        "Le Mali et la Russie ont renforcé leurs liens militaires.",
        &["MLI alliance RUS"],
    );
    check(
        "Mali severed diplomatic ties with Ukraine.",
        &["MLI tension UKR"],
    );
    check(
        "Algeria and Mali suspended their military ties.",
        &["DZA tension MLI"],
    );
    check(
        "Le Tchad et la France ont mis fin à leur coopération militaire.",
        &["FRA tension TCD"],
    );
    // Ended support pairs nobody: the subjects are co-agents.
    check("Mali and Niger suspended their aid.", &[]);
}

/// An organisation complementing a plural description ("les trois pays de
/// l'AES") is no subject of its own; the states described are.
#[test]
fn organisation_complementing_a_plural_description() {
    check(
        "Le Mali, le Burkina Faso et le Niger ont fondé l'AES. \
         Les trois pays de l'AES ont quitté la CEDEAO en janvier 2025.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    // Unresolved, the description leaves the cue without a subject.
    check(
        "Les trois pays de l'AES ont quitté la CEDEAO en janvier 2025.",
        &[],
    );
}

/// A possessor between a rupture word and its cue ("ending Chad's defence
/// partnership") does not hide the rupture; "au sortir de" (upon leaving)
/// is no rupture.
#[test]
fn possessor_inside_an_ended_tie() {
    check(
        "N'Djamena is ending Chad's defence partnership with France.",
        &["FRA tension TCD"],
    );
    check(
        "Chad announced it was ending its defence partnership with France.",
        &["FRA tension TCD"],
    );
    check(
        "Au sortir d'un entretien avec le président tchadien, le ministre malien a salué la CEDEAO.",
        &[],
    );
}

/// "Avec l'appui de la Russie, l'armée malienne ...": support named at the
/// opening of a sentence is the giver's, for the subject after the comma;
/// "le régime de Niamey" stands for the actor its complement names.
#[test]
fn opening_support_and_genitive_descriptions() {
    check(
        "Avec l'appui de la Russie, l'armée malienne a repris le contrôle de Kidal.",
        &["RUS support MLI"],
    );
    check(
        "Grâce au soutien de la Turquie, le Burkina Faso dispose de drones armés.",
        &["TUR support BFA"],
    );
    check(
        "With the support of Russia, Mali retook Kidal.",
        &["RUS support MLI"],
    );
    // A present participle keeps its subject as the giver.
    check(
        "En livrant des armes au Mali, la Russie a renforcé sa position.",
        &["RUS support MLI"],
    );
    // The same support between commas after the subject; its actors are
    // no subject of the verb after it.
    check(
        "Le Mali, avec l'aide de la Russie, a repris Kidal aux rebelles du FLA.",
        &["FLA conflict MLI", "RUS support MLI"],
    );
    check(
        "Nigeria's army, with support from Chadian and Cameroonian forces, launched an offensive against Boko Haram.",
        &[
            "BOKOHARAM conflict NGA",
            "CMR support NGA",
            "TCD support NGA",
        ],
    );
    // A list of places is no such circumstance.
    check(
        "Le ministre s'est rendu au Burkina Faso, au Mali et au Niger, trois États membres de l'AES.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Soutenu par Moscou, le régime de Niamey a durci le ton.",
        &["RUS support NER"],
    );
    check(
        "Moscow supports the government of Mali.",
        &["RUS support MLI"],
    );
    // A capital named as a place says where the description sits.
    check(
        "The junta in Niamey has accused Benin of harbouring opponents.",
        &["BEN tension NER"],
    );
    check(
        "The government in Bamako expelled the French ambassador.",
        &["FRA tension MLI"],
    );
}

/// "Niger-France : la rupture est consommée": a headline opening with a
/// hyphenated pair and a colon is about that pair, for a cue after the
/// colon with no side of its own and no direction.
#[test]
fn a_headline_pair_gives_its_sides() {
    check(
        "Niger-France : la rupture est consommée",
        &["FRA tension NER"],
    );
    check(
        "Russie-Mali : un partenariat stratégique renforcé",
        &["MLI alliance RUS"],
    );
    // A direction cannot be read from the pair; sides of its own win.
    check("Turquie-Niger : livraison de drones", &[]);
    check(
        "Mali-Russie : Wagner accusé d'exactions par l'ONU",
        &["UN tension WAGNER"],
    );
    check(
        "La rupture entre Niamey et Paris est consommée.",
        &["FRA tension NER"],
    );
}

/// Strained relations and legal complaints are tension.
#[test]
fn strained_relations_and_complaints() {
    check(
        "Relations between Rabat and Algiers remain strained.",
        &["DZA tension MAR"],
    );
    check(
        "Mali filed a complaint against Algeria at the International Court of Justice.",
        &["DZA tension MLI"],
    );
    check(
        "Le Mali a porté plainte contre l'Algérie devant la Cour internationale de justice.",
        &["DZA tension MLI"],
    );
}

/// A closed border and a journalistic idiom are tension; a channel named
/// after a state is no actor (GUIDELINES).
#[test]
fn borders_idioms_and_channels() {
    check(
        "Le Niger a ordonné la fermeture de sa frontière avec le Bénin.",
        &["BEN tension NER"],
    );
    check(
        "Le torchon brûle entre Alger et Bamako.",
        &["DZA tension MLI"],
    );
    check(
        "Le gouvernement burkinabè a suspendu la diffusion de France 24.",
        &[],
    );
}

/// "imposer à X des sanctions": the actor after "à" before a nominal cue is
/// the verb's indirect object, the cue's other side.
#[test]
fn indirect_object_before_a_nominal_cue() {
    check(
        "La CEDEAO a imposé au Niger de lourdes sanctions.",
        &["ECOWAS tension NER"],
    );
    check(
        "Le JNIM impose au Mali un blocus sur le carburant.",
        &["JNIM conflict MLI"],
    );
    // The "à" may be inside a description; an apposition after the
    // subject does not hide it.
    check(
        "Le Mali manque de carburant. Le JNIM, affilié à al-Qaïda, impose au pays un blocus.",
        &["JNIM conflict MLI"],
    );
    check(
        "Le Tchad, voisin du Soudan, a imposé au Niger de lourdes sanctions.",
        &["NER tension TCD"],
    );
    // Its determiner may stand between; "avec" works as "à".
    check(
        "La CEDEAO a imposé à la Guinée de lourdes sanctions.",
        &["ECOWAS tension GIN"],
    );
    check(
        "Le Burkina Faso a signé avec la Russie un accord de coopération.",
        &["BFA alliance RUS"],
    );
    // A lone "de" opens an infinitive, whose subject it is.
    check(
        "Un appui aérien russe a permis à l'armée malienne de reprendre Kidal.",
        &["RUS support MLI"],
    );
    // A verb cue right after it belongs to another clause.
    check(
        "Turkey's supply of drones to Niger worried observers.",
        &["TUR support NER"],
    );
}

/// Loans granted are support; ties that deteriorate are tension; several
/// agreements signed are an alliance as one is.
#[test]
fn loans_deterioration_and_agreements() {
    check(
        "La Chine a accordé un prêt de 500 millions de dollars au Niger.",
        &["CHN support NER"],
    );
    check(
        "China granted Niger a loan of 400 million dollars.",
        &["CHN support NER"],
    );
    check(
        "Les relations entre Niamey et Cotonou se sont détériorées depuis le coup d'État.",
        &["BEN tension NER"],
    );
    check(
        "Moscou et Ouagadougou ont signé plusieurs accords dans le domaine du nucléaire civil.",
        &["BFA alliance RUS"],
    );
    check(
        "Le Mali et le Niger se sont accordés sur un calendrier.",
        &[],
    );
}

/// Receiving a person by title ("le ministre russe", "l'ambassadeur de
/// Russie") is a visit (GUIDELINES: a visit or a meeting alone states no
/// relation); support received from one is still support.
#[test]
fn receiving_a_titled_person_is_a_visit() {
    check(
        "Le président Goïta a reçu le ministre russe de la Défense.",
        &[],
    );
    check("Le président nigérien a reçu l'ambassadeur de Russie.", &[]);
    check(
        "Tiani received the Russian deputy defence minister in Niamey.",
        &[],
    );
    check(
        "Le Niger a reçu des instructeurs russes.",
        &["RUS support NER"],
    );
    check(
        "Mali received support from the Russian president.",
        &["RUS support MLI"],
    );
}

/// A force sent somewhere is no receiver: it gives, with its sender, to
/// the one named after "to" / "au".
#[test]
fn forces_sent_to_a_state() {
    check(
        "The Kremlin has sent hundreds of Africa Corps troops to Niger.",
        &["RUS support NER", "WAGNER support NER"],
    );
    check(
        "Moscou a dépêché des instructeurs russes au Niger.",
        &["RUS support NER"],
    );
    check(
        "La Russie a envoyé des combattants de Wagner au Mali.",
        &["RUS support MLI", "WAGNER support MLI"],
    );
    // Another cue, or an actor before "to", ends the search.
    check(
        "Russia supports Mali and sends weapons to Niger.",
        &["RUS support MLI", "RUS support NER"],
    );
    // Fighters are no fighting ("combattants", "combatants").
    check(
        "Les combattants du FLA ont affronté l'armée malienne près de Tinzaouatène.",
        &["FLA conflict MLI"],
    );
}

/// Losing one's bases ends a presence (tension, like a withdrawal); losses
/// against an enemy are fighting.
#[test]
fn bases_lost_and_losses_against() {
    check(
        "Paris a perdu ses bases militaires au Mali, au Burkina Faso et au Niger.",
        &["BFA tension FRA", "FRA tension MLI", "FRA tension NER"],
    );
    check(
        "France lost its military bases in Mali and Niger within two years.",
        &["FRA tension MLI", "FRA tension NER"],
    );
    check(
        "Wagner a subi de lourdes pertes face aux rebelles du FLA.",
        &["FLA conflict WAGNER"],
    );
    check(
        "Wagner suffered heavy losses against FLA rebels near the border.",
        &["FLA conflict WAGNER"],
    );
}

/// A subject named again as the cue's first complement is no side of its
/// own (GUIDELINES: "le retrait du Mali de la CEDEAO" is a tension triple).
#[test]
fn subject_restated_as_complement() {
    check(
        "Bamako a annoncé le retrait du Mali de la CEDEAO.",
        &["ECOWAS tension MLI"],
    );
    check(
        "Les autorités nigériennes ont confirmé le départ du Niger de l'OIF.",
        &["NER tension OIF"],
    );
    check(
        "Niamey has decided to withdraw Niger from the OIF.",
        &["NER tension OIF"],
    );
    // Without a second complement the sides stay one actor.
    check("Bamako a annoncé le retrait du Mali.", &[]);
}

/// "left" ends a tie only right before an organisation (`rupture:organisation`):
/// its other senses draw nothing.
#[test]
fn leaving_an_organisation_is_a_rupture() {
    check("Mali left the African Union in 2024.", &["AU tension MLI"]);
    check(
        "Chad and Niger left the AES on Monday.",
        &["AES tension NER", "AES tension TCD"],
    );
    check("The attack left 20 soldiers dead near Niger.", &[]);
    check("Mali left the African Union summit early.", &[]);
    check("The junta left Russia's offer unanswered.", &[]);
}

/// A capital after "à" is a place, not its state, except as the one that
/// receives what a support cue gives (GUIDELINES: a capital named as a
/// place is no mention; the receiver of aid is the state).
#[test]
fn capital_receiving_support_is_its_state() {
    check(
        "Moscou a livré deux hélicoptères de combat à Bamako.",
        &["RUS support MLI"],
    );
    check(
        "Ankara delivered armed drones to Ouagadougou last month.",
        &["TUR support BFA"],
    );
    check("Des manifestants ont dénoncé la France à Bamako.", &[]);
    check(
        "La Russie a critiqué la France lors d'une réunion à Niamey.",
        &["FRA tension RUS"],
    );
}

/// A military presence or base kept in a country is support to it
/// (GUIDELINES: troops, protection).
#[test]
fn military_presence_is_support() {
    check(
        "La Turquie conserve une présence militaire en Somalie.",
        &["TUR support SOM"],
    );
    check(
        "Washington operated a military base in Niger until 2024.",
        &["USA support NER"],
    );
    check(
        "The United States keeps a military presence in Chad and Niger.",
        &["USA support NER", "USA support TCD"],
    );
}

/// "deny that ...", "dément que ...": every cue of the denied clause is
/// negated, whatever its subject; a contrast ends the denial.
#[test]
fn denial_covers_its_clause() {
    check(
        "Officials in N'Djamena deny that Russian instructors will be deployed in Chad.",
        &[],
    );
    check(
        "Burkina Faso's junta denied reports that Wagner mercenaries were deployed in the country.",
        &[],
    );
    check(
        "Le Niger a démenti que la Russie lui ait livré des armes, mais Moscou soutient la junte.",
        &["RUS support NER"],
    );
}

/// Closing bases, halting aid, turning one's back: ruptures. "Back" and
/// "close" have other senses ("scale back", "a close ally").
#[test]
fn closures_and_other_ruptures() {
    check(
        "Senegal's president asked France to close its military bases in the country.",
        &["FRA tension SEN"],
    );
    check(
        "Le président sénégalais a demandé la fermeture des bases militaires françaises.",
        &["FRA tension SEN"],
    );
    check(
        "The United States halted security assistance to Niger after the coup.",
        &["NER tension USA"],
    );
    check(
        "Wagner arrived in Mali in 2021 after the junta turned its back on France.",
        &["FRA tension MLI", "WAGNER support MLI"],
    );
    check(
        "The fall of Assad forced Moscow to scale back its bases in Syria.",
        &[],
    );
    check("Mali is a close ally of Russia.", &["MLI alliance RUS"]);
    check(
        "Sudan's government has intensified its diplomatic offensive against the United Arab Emirates.",
        &["ARE tension SDN"],
    );
}

/// An object left unresolved ends the search for it; a time word after the
/// object opens an adverbial whose actors are no side.
#[test]
fn object_search_stops_at_an_unknown_object() {
    check(
        "Russia supports the ruling juntas through its Africa Corps.",
        &[],
    );
    check(
        "Moscow supports the authorities in Mali.",
        &["RUS support MLI"],
    );
    check(
        "Benin reinforces its northern border after deadly JNIM raids.",
        &[],
    );
    check(
        "La Russie a livré depuis 2021 des hélicoptères au Mali.",
        &["RUS support MLI"],
    );
}

/// A gerund ("en rompant") has its clause's subject, not the nearest name;
/// a quoted aside does not part a rupture from its cue.
#[test]
fn gerund_subject_and_quoted_asides() {
    check(
        "Le Niger a emboîté le pas au Mali deux jours plus tard en rompant avec Kiev.",
        &["NER tension UKR"],
    );
    check(
        "En livrant des armes au Mali, la Russie a renforcé sa position.",
        &["RUS support MLI"],
    );
    check(
        "Le Mali a annoncé la rupture « avec effet immédiat » de ses relations diplomatiques avec l'Ukraine.",
        &["MLI tension UKR"],
    );
}

/// Pledges of support are support (GUIDELINES); a pledge of anything else
/// is not. Repelling an attack is fighting; "driven back" is no support.
/// An AU mission named by its acronym is the AU.
#[test]
fn pledges_missions_and_repelled_attacks() {
    check("Egypt has pledged troops to AUSSOM.", &["EGY support AU"]);
    check("The junta pledged to hold elections in 2026.", &[]);
    check(
        "La Russie a promis des armes au Burkina Faso.",
        &["RUS support BFA"],
    );
    check("Le Mali a promis une enquête.", &[]);
    check(
        "JNIM fighters overran a Malian army post, before being driven back by Wagner.",
        &["JNIM conflict MLI", "JNIM conflict WAGNER"],
    );
    check(
        "L'armée nigérienne a repoussé une attaque de l'EIGS.",
        &["ISSP conflict NER"],
    );
    // A verb after a time word whose clause named no subject has none.
    check(
        "The militants overran a base of the Somali army, before being driven back by AU troops.",
        &[],
    );
}

/// A cue noun with its genitive after a comma describes the name before
/// it ("alliés du Burkina Faso"); emissaries received are a visit; "depuis
/// 2022" is an adverbial of its own, no event's time.
#[test]
fn described_subjects_emissaries_and_dated_time_words() {
    check(
        "Le Mali et le Niger, alliés du Burkina Faso au sein de l'AES, ont apporté leur soutien à Ouagadougou.",
        &[
            "BFA alliance MLI",
            "BFA alliance NER",
            "BFA membership AES",
            "MLI membership AES",
            "MLI support BFA",
            "NER membership AES",
            "NER support BFA",
        ],
    );
    check(
        "Faure Gnassingbé a reçu à plusieurs reprises des émissaires de Ouagadougou et de Niamey.",
        &[],
    );
    check(
        "Le nord du Togo subit depuis 2022 les attaques du JNIM.",
        &["JNIM conflict TGO"],
    );
}

/// Officers, advisers and trainers are a state's armed agents; a push is
/// a state action ("in support of the Nigerian push").
#[test]
fn officers_advisers_and_pushes() {
    check(
        "Turkish officers will train Nigerien soldiers.",
        &["TUR support NER"],
    );
    check(
        "Russian military advisers arrived in Bangui.",
        &["RUS support CAF"],
    );
    check(
        "Chadian troops sealed off escape routes in support of the Nigerian push.",
        &["TCD support NGA"],
    );
    check("The police officers arrested two men.", &[]);
}

/// The sending of a force ("the deployment of a Hungarian military
/// mission") is its state's support to the state it goes to, not the
/// verb's subject's; a possessive makes it the subject's own.
#[test]
fn sending_of_a_force_is_its_states() {
    check(
        "According to the Chadian presidency, the two sides discussed the deployment of a Hungarian military mission.",
        &[],
    );
    check("Le Mali a salué l'envoi de soldats rwandais.", &[]);
    check(
        "Russia announced the deployment of Russian instructors to Niger.",
        &["RUS support NER"],
    );
    check(
        "Moscou a annoncé le déploiement de ses instructeurs au Niger.",
        &["RUS support NER"],
    );
    check(
        "Selon le ministère, l'Ukraine aurait fourni des renseignements au FLA.",
        &["UKR support FLA"],
    );
}

/// Putting something at a state's disposal supplies it; a counterpart
/// ("son homologue malien") is a state's person.
#[test]
fn disposal_and_counterparts() {
    check(
        "Le projet prévoit que le Maroc mette à la disposition du Mali et du Niger ses infrastructures portuaires.",
        &["MAR support MLI", "MAR support NER"],
    );
    check(
        "Son homologue malien, Abdoulaye Diop, a salué un partenariat avec Rabat.",
        &["MAR alliance MLI"],
    );
}

/// "Russian-backed forces", "a Kenyan-led mission": the demonym says who
/// backs or leads, not whose the forces are; rejoining is membership.
#[test]
fn backed_and_led_by_a_demonym_and_rejoining() {
    check(
        "Russian-backed forces attacked rebels in northern Mali.",
        &[],
    );
    check(
        "The Malian armed forces attacked the FLA near Kidal.",
        &["FLA conflict MLI"],
    );
    check(
        "Le Maroc a réintégré l'Union africaine en 2017.",
        &["MAR membership AU"],
    );
}

/// Warnings, persona non grata and broken ties are tensions; joint
/// exercises an alliance; an invasion, an ambush, a force pushed back a
/// conflict. A warning about no actor, or an election pushed back, is none.
#[test]
fn warnings_ties_exercises_and_ambushes() {
    check(
        "ECOWAS warned Niger's junta on Monday.",
        &["ECOWAS tension NER"],
    );
    check(
        "La CEDEAO a mis en garde la junte nigérienne.",
        &["ECOWAS tension NER"],
    );
    check(
        "Le Burkina Faso a déclaré persona non grata trois diplomates français.",
        &["BFA tension FRA"],
    );
    check("Mali broke ties with France in 2022.", &["FRA tension MLI"]);
    check(
        "Russia and China held joint naval exercises.",
        &["CHN alliance RUS"],
    );
    check(
        "Le JNIM a tendu une embuscade à des soldats maliens.",
        &["JNIM conflict MLI"],
    );
    check(
        "L'armée nigérienne a repoussé l'EIGS près de la frontière.",
        &["ISSP conflict NER"],
    );
    check("Mali warned of new attacks in the north.", &[]);
    check("Les élections ont été repoussées au Mali.", &[]);
}

/// Selling or buying arms supplies them; selling anything else is trade.
#[test]
fn arms_sales_are_support_trade_is_not() {
    check(
        "La Turquie a vendu des drones au Mali et au Niger.",
        &["TUR support MLI", "TUR support NER"],
    );
    check(
        "China has sold weapons to Nigeria for years.",
        &["CHN support NGA"],
    );
    check(
        "Washington approved arms sales to Morocco.",
        &["USA support MAR"],
    );
    check("Niger sold oil to China.", &[]);
    check("Le Mali vend de l'or à la Russie.", &[]);
    // Buying weapons is receiving them from the seller; a weapon word after
    // the verb in its clause decides, whatever stands between.
    check("Mali bought drones from Turkey.", &["TUR support MLI"]);
    check(
        "Le Burkina Faso a commandé l'an dernier des drones à la Turquie.",
        &["TUR support BFA"],
    );
    check("Turkey sold Niger Bayraktar drones.", &["TUR support NER"]);
    check(
        "La Russie a vendu au Mali des hélicoptères de combat.",
        &["RUS support MLI"],
    );
    check("Turkey gave Niger Bayraktar drones.", &["TUR support NER"]);
    check(
        "La Chine a doté l'armée nigérienne de véhicules blindés.",
        &["CHN support NER"],
    );
    check("Le Mali a remis sa réponse à la CEDEAO.", &[]);
    check("China bought uranium from Niger.", &[]);
    check(
        "Le Niger a acheté du riz au Bénin, et des drones plus tard.",
        &[],
    );
}

/// Support in a circumstance after the verb ("avec l'appui de X", "with
/// the support of X") is given to the clause's subject, not to the object
/// nearest before it; a support that is the cause ("pour son soutien") or
/// an infinitive ("pour former") is not such a circumstance.
#[test]
fn support_in_a_circumstance_after_the_verb() {
    check(
        "L'armée tchadienne combat Boko Haram avec l'appui de la France.",
        &["BOKOHARAM conflict TCD", "FRA support TCD"],
    );
    check(
        "The Somali army fought Al-Shabaab with the support of Turkey.",
        &["SHABAAB conflict SOM", "TUR support SOM"],
    );
    check(
        "Washington a sanctionné le Rwanda pour son soutien au M23.",
        &["RWA support M23", "RWA tension USA"],
    );
}

/// "thanked X for its support": the support is X's, given to the subject;
/// with a receiver named after it, it is given to that receiver.
#[test]
fn thanked_for_its_support() {
    check(
        "Le gouvernement malien a remercié la Russie pour son soutien.",
        &["RUS support MLI"],
    );
    check("Niger thanked Turkey for its help.", &["TUR support NER"]);
    check(
        "Washington a sanctionné le Rwanda pour son soutien au M23.",
        &["RWA support M23", "RWA tension USA"],
    );
}

/// The agent of a passive before a cue belongs to the passive verb: the
/// cue's subject stands before it ("accused by Kinshasa of backing").
#[test]
fn an_agent_is_no_subject_of_the_next_cue() {
    check(
        "Rwanda has been accused by Kinshasa of backing the M23.",
        &["COD tension RWA", "RWA support M23"],
    );
    check(
        "Le Rwanda est accusé par Kinshasa de soutenir le M23.",
        &["COD tension RWA", "RWA support M23"],
    );
}

/// "Y, appuyé par X", "Y, backed by X": the agent gives to the subject.
#[test]
fn support_passive_agent_is_the_giver() {
    check(
        "Le Mali, appuyé par la Russie, a repris le contrôle de la ville.",
        &["RUS support MLI"],
    );
    check(
        "Les FAMa, appuyées par Moscou, ont lancé une opération dans le nord.",
        &["RUS support MLI"],
    );
    check(
        "Le Niger est soutenu par la Turquie et par le Qatar.",
        &["QAT support NER", "TUR support NER"],
    );
    check(
        "L'armée malienne a réceptionné des drones fournis par la Turquie.",
        &["TUR support MLI"],
    );
    check(
        "Mali, backed by Russia, retook the town last year.",
        &["RUS support MLI"],
    );
    check(
        "Niger is armed and trained by Turkey.",
        &["TUR support NER"],
    );
    check(
        "The Chadian army, funded by the United States, patrols the border.",
        &["USA support TCD"],
    );
    check(
        "The Malian army took delivery of drones supplied by Turkey.",
        &["TUR support MLI"],
    );
}

/// "une milice appuyée par Moscou": the supported side is no named actor.
#[test]
fn support_passive_with_unnamed_beneficiary_states_nothing() {
    check(
        "Une milice appuyée par Moscou opère près de la frontière.",
        &[],
    );
    check("A militia backed by Moscow operates near the border.", &[]);
}

/// "le soutien de X à Y", "X's support for Y", "l'appui militaire russe au Niger".
#[test]
fn support_nominalisation() {
    check(
        "Le soutien de la Russie au Mali s'est renforcé.",
        &["RUS support MLI"],
    );
    check(
        "L'appui militaire russe au Niger s'est accru cette année.",
        &["RUS support NER"],
    );
    check(
        "Le financement de l'armée tchadienne par les États-Unis se poursuit.",
        &["USA support TCD"],
    );
    check(
        "L'aide de la France au Tchad a doublé.",
        &["FRA support TCD"],
    );
    check("Russian support for Mali has grown.", &["RUS support MLI"]);
    check(
        "Turkey's supply of drones to Niger worried observers.",
        &["TUR support NER"],
    );
    check(
        "U.S. military aid to Chad resumed in March.",
        &["USA support TCD"],
    );
    check(
        "Moscow's backing of the Malian junta is no secret.",
        &["RUS support MLI"],
    );
}

/// "Y bénéficie de l'appui de X", "Y relies on X": the object gives to the subject.
#[test]
fn support_received_from() {
    check(
        "Le Burkina Faso a reçu des blindés de la Chine.",
        &["CHN support BFA"],
    );
    check(
        "Le gouvernement centrafricain a obtenu de Kigali l'envoi de soldats rwandais supplémentaires.",
        &["RWA support CAF"],
    );
    // "garde rapprochée" is close protection, no rapprochement.
    check(
        "Les hommes de Wagner assurent la garde rapprochée du président Touadéra, allié de la Russie.",
        &["CAF alliance RUS"],
    );
    check(
        "Niger relies on Russia for its security.",
        &["RUS support NER"],
    );
    check(
        "Burkina Faso received drones from Turkey last year.",
        &["TUR support BFA"],
    );
    check(
        "Le Mali bénéficie de l'appui de la Russie.",
        &["RUS support MLI"],
    );
}

/// "X, membre de l'O", "X is part of O": the member points to the organisation.
#[test]
fn membership_member_of_organisation() {
    check(
        "Le Sénégal, membre de la CEDEAO, a appelé au dialogue.",
        &["SEN membership ECOWAS"],
    );
    check("Le Mali fait partie de l'UEMOA.", &["MLI membership WAEMU"]);
    check(
        "Le Mali est membre de l'ONU depuis 1960.",
        &["MLI membership UN"],
    );
    check(
        "Le Mali, le Burkina Faso et le Niger, membres de l'AES, ont réagi.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Senegal, a member of ECOWAS, urged restraint.",
        &["SEN membership ECOWAS"],
    );
    check(
        "Niger is part of the West African Economic and Monetary Union.",
        &["NER membership WAEMU"],
    );
    check(
        "Niger, Mali and Burkina Faso, all members of the AES, have responded.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    // A heavyweight or pillar of an organisation is a member of it.
    check(
        "Le Nigeria, poids lourd de la CEDEAO, a salué l'accord.",
        &["NGA membership ECOWAS"],
    );
    check(
        "Nigeria, the heavyweight of ECOWAS, welcomed the deal.",
        &["NGA membership ECOWAS"],
    );
}

/// "l'O regroupe X, Y et Z", "the O, comprising X, Y and Z".
#[test]
fn membership_organisation_lists_its_members() {
    check(
        "L'AES regroupe le Niger, le Mali et le Burkina Faso.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "The AES, comprising Mali, Burkina Faso and Niger, held its first summit.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "ECOWAS is made up of twelve states, including Nigeria and Ghana.",
        &["GHA membership ECOWAS", "NGA membership ECOWAS"],
    );
}

/// "X a rejoint l'O", "X joined O".
#[test]
fn membership_joining() {
    check(
        "Le Togo a rejoint la Confédération des États du Sahel.",
        &["TGO membership AES"],
    );
    check(
        "Togo joined the AES in a surprise move.",
        &["TGO membership AES"],
    );
    check(
        "Morocco rejoined the African Union in 2017.",
        &["MAR membership AU"],
    );
    check(
        "Le Maroc a officiellement rejoint en 2017 l'Union africaine.",
        &["MAR membership AU"],
    );
    // States joined with a partner make up the organisation named after it.
    check(
        "Le Burkina Faso et le Niger, qui forment avec le Mali l'AES, ont pris la même décision.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Togo joined Ghana in ECOWAS in 1975.",
        &["GHA membership ECOWAS", "TGO membership ECOWAS"],
    );
}

/// "a rejoint la mission de paix de l'UA", "joined the AU's peace
/// mission": what is joined belongs to the organisation; no member of it.
#[test]
fn membership_joining_what_an_organisation_owns() {
    check(
        "Le Kenya a rejoint la force régionale de la Communauté d'Afrique de l'Est.",
        &[],
    );
    check(
        "Le Tchad a rejoint la mission de paix de l'Union africaine en Somalie.",
        &[],
    );
    check(
        "Chad joined the African Union's peace mission in Somalia.",
        &[],
    );
    check("Kenya joined a naval exercise of NATO last year.", &[]);
}

/// "fondée par X, Y et Z, l'O", "X and Y created O": founders are members.
#[test]
fn membership_founders_are_members() {
    check(
        "Fondée par le Mali, le Burkina Faso et le Niger, l'AES veut peser davantage.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Le Mali, le Burkina Faso et le Niger ont créé l'AES en septembre 2023.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Mauritania and Chad created the G5 Sahel with three other states.",
        &["MRT membership G5S", "TCD membership G5S"],
    );
    check(
        "Founded by Mali, Burkina Faso and Niger, the AES has its own flag.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// "des instructeurs russes sont arrivés au Niger": a force arriving in a
/// state supports it; a president or officials arriving make a visit.
#[test]
fn a_force_arriving_in_a_state_supports_it() {
    check(
        "Une centaine d'instructeurs militaires russes sont arrivés au Burkina Faso.",
        &["RUS support BFA"],
    );
    check(
        "Dozens of Russian military instructors have touched down in Burkina Faso.",
        &["RUS support BFA"],
    );
    check(
        "L'arrivée de soldats tchadiens à Bamako a été confirmée.",
        &["TCD support MLI"],
    );
    check(
        "The arrival of Wagner fighters in the Central African Republic was filmed.",
        &["WAGNER support CAF"],
    );
    check("Le président français est arrivé au Tchad.", &[]);
    check("Malian officials arrived in Moscow on Monday.", &[]);
    check(
        "Les militaires burkinabè arrivés au pouvoir en 2022 ont expulsé l'ambassadeur de France.",
        &["BFA tension FRA"],
    );
}

/// "la CEDEAO a suspendu le Mali": a tension, and the member stays one
/// (GUIDELINES); a suspension that ends a cue keeps nobody.
#[test]
fn a_suspension_keeps_the_membership() {
    check(
        "La CEDEAO a suspendu le Burkina Faso de ses instances.",
        &["BFA membership ECOWAS", "BFA tension ECOWAS"],
    );
    check(
        "The African Union suspended Gabon after the coup.",
        &["AU tension GAB", "GAB membership AU"],
    );
    check(
        "La Guinée, suspendue de la CEDEAO depuis 2021, a organisé des élections.",
        &["ECOWAS tension GIN", "GIN membership ECOWAS"],
    );
    check(
        "The European Union suspended its budget support to Niger.",
        &["EU tension NER"],
    );
    check(
        "Washington a suspendu son aide militaire au Niger.",
        &["NER tension USA"],
    );
}

/// "X fait partie des alliés de Y": a state has no members.
#[test]
fn membership_needs_an_organisation() {
    check(
        "Le Mali fait partie des alliés de la Russie.",
        &["MLI alliance RUS"],
    );
    check(
        "Mali is part of the allies of Russia in Africa.",
        &["MLI alliance RUS"],
    );
    check("Wagner is part of the Russian defence ministry.", &[]);
}

/// A coordinated list as subject or object gives one triple per item.
#[test]
fn lists_expand_on_either_side() {
    check(
        "La Russie livre des armes au Mali, au Burkina Faso et au Niger.",
        &["RUS support BFA", "RUS support MLI", "RUS support NER"],
    );
    check(
        "La Russie et la Chine soutiennent le Niger.",
        &["CHN support NER", "RUS support NER"],
    );
    check(
        "Moscou et Pékin soutiennent Bamako.",
        &["CHN support MLI", "RUS support MLI"],
    );
    check(
        "La Russie forme des soldats maliens ainsi que des militaires nigériens.",
        &["RUS support MLI", "RUS support NER"],
    );
    check(
        "Russia and Turkey supply weapons to Burkina Faso and Niger.",
        &[
            "RUS support BFA",
            "RUS support NER",
            "TUR support BFA",
            "TUR support NER",
        ],
    );
}

/// "X s'est rapproché de Y", "X is an ally of Y", "partnership with Y".
#[test]
fn alliance_partnership_and_rapprochement() {
    check(
        "Le Burkina Faso et la Russie renforcent leur partenariat stratégique.",
        &["BFA alliance RUS"],
    );
    check(
        "Bamako s'est rapproché de Moscou depuis le coup d'État.",
        &["MLI alliance RUS"],
    );
    check(
        "Le Niger est un allié de la Turquie.",
        &["NER alliance TUR"],
    );
    check(
        "Niger has forged a strategic partnership with Russia.",
        &["NER alliance RUS"],
    );
    check(
        "Mali has drawn closer to Russia since the coup.",
        &["MLI alliance RUS"],
    );
    check("Chad is a close ally of France.", &["FRA alliance TCD"]);
}

/// "X et Y ont signé un accord de coopération": alliance X-Y.
#[test]
fn coordinated_subjects_of_an_agreement_are_allies() {
    check(
        "Le Mali et la Russie ont signé un accord de coopération.",
        &["MLI alliance RUS"],
    );
    check(
        "Le Tchad a signé un accord de défense avec les Émirats arabes unis.",
        &["ARE alliance TCD"],
    );
    check(
        "Mali, Burkina Faso and Niger have signed a defence pact.",
        &["BFA alliance MLI", "BFA alliance NER", "MLI alliance NER"],
    );
    check(
        "Niger and Chad signed a cooperation agreement on Monday.",
        &["NER alliance TCD"],
    );
    check(
        "Russia and Burkina Faso have signed a military cooperation agreement.",
        &["BFA alliance RUS"],
    );
    check(
        "Le Bénin et le Togo entretiennent des relations diplomatiques depuis 1960.",
        &["BEN alliance TGO"],
    );
    // Ended ties pair the subjects as the ties did.
    check(
        "Le Tchad et le Soudan ont rompu leurs relations diplomatiques en 2006.",
        &["SDN tension TCD"],
    );
    check(
        "Chad and Sudan severed diplomatic relations in 2006.",
        &["SDN tension TCD"],
    );
    check(
        "Egypt and Turkey have restored full diplomatic relations.",
        &["EGY alliance TUR"],
    );
    // The rupture verb is the predicate: its subject is the relative's
    // antecedent, however long the noun phrase it ends.
    check(
        "Niger, which later severed military and diplomatic relations with France, expelled its envoy.",
        &["FRA tension NER"],
    );
}

/// "X and Y exchanged fire", "échanges de tirs entre X et Y": fighting
/// each other.
#[test]
fn exchange_of_fire_is_conflict() {
    check(
        "Chadian and Sudanese troops exchanged fire near the border.",
        &["SDN conflict TCD"],
    );
    check(
        "Des échanges de tirs entre l'armée malienne et le JNIM ont eu lieu près de Mopti.",
        &["JNIM conflict MLI"],
    );
    check(
        "Les armées tchadienne et soudanaise ont échangé des tirs à la frontière.",
        &["SDN conflict TCD"],
    );
}

/// "entre X, Y et Z", "between X and Y": every pair of the list.
#[test]
fn between_pairs_every_item() {
    check(
        "Un accord de défense a été signé entre le Niger, le Mali et le Burkina Faso.",
        &["BFA alliance MLI", "BFA alliance NER", "MLI alliance NER"],
    );
    check(
        "Un accord de coopération militaire a été signé entre la Russie et le Burkina Faso.",
        &["BFA alliance RUS"],
    );
    check(
        "Les tensions entre Alger et Bamako se sont aggravées.",
        &["DZA tension MLI"],
    );
    check(
        "Tensions between Niger and Benin have escalated.",
        &["BEN tension NER"],
    );
}

/// "de nouveaux partenaires, comme X et Y": X and Y are partners of the subject only.
#[test]
fn partners_listed_are_not_partners_of_each_other() {
    check(
        "Ouagadougou s'est rapproché de nouveaux partenaires, comme la Turquie et la Russie.",
        &["BFA alliance RUS", "BFA alliance TUR"],
    );
    check(
        "Niger has drawn closer to partners such as Iran and Russia.",
        &["IRN alliance NER", "NER alliance RUS"],
    );
}

/// "X, Y et Z accusent W": each accuses W; X, Y and Z are not in tension.
#[test]
fn coordinated_subjects_of_a_tension_are_co_agents() {
    check(
        "Le Mali, le Burkina Faso et le Niger accusent la France.",
        &["BFA tension FRA", "FRA tension MLI", "FRA tension NER"],
    );
    check(
        "Mali, Burkina Faso and Niger condemned France on Monday.",
        &["BFA tension FRA", "FRA tension MLI", "FRA tension NER"],
    );
}

/// "ne soutient pas", "no longer supports", "has never armed".
#[test]
fn negation_cancels_the_cue() {
    check("La Russie ne soutient pas le FLA.", &[]);
    check("La France ne soutient plus l'armée malienne.", &[]);
    check("Le Mali n'a jamais reçu d'armes de la Turquie.", &[]);
    check(
        "The United States no longer supports the Nigerien army.",
        &[],
    );
    check("Ankara has not delivered any drones to Mali.", &[]);
    check("Russia has never armed the FLA.", &[]);
}

/// "dément toute coopération avec", "denied supplying".
#[test]
fn denial_cancels_the_cue() {
    check(
        "Alger dément toute coopération avec les rebelles du FLA.",
        &[],
    );
    check("Le Niger nie avoir livré des armes au FLA.", &[]);
    check("Moscow denied supplying weapons to Niger.", &[]);
    check("Algeria denies any cooperation with the FLA.", &[]);
}

/// A negation in one clause does not cancel a cue in the next.
#[test]
fn negation_stays_in_its_clause() {
    check(
        "La France n'a pas réagi, mais l'Algérie soutient le Mali.",
        &["DZA support MLI"],
    );
    check(
        "France did not comment, but Algeria supports Mali.",
        &["DZA support MLI"],
    );
    check(
        "L'Algérie dément armer le FLA, mais le Mali accuse Alger de soutenir les rebelles.",
        &["DZA tension MLI"],
    );
    check(
        "Algeria denies arming the FLA, but Mali accuses Algiers of backing the rebels.",
        &["DZA tension MLI"],
    );
}

/// "n'a pas rompu avec", "has not severed ties".
#[test]
fn negated_rupture_states_nothing() {
    check("Le Tchad n'a pas rompu ses relations avec la France.", &[]);
    check("Chad has not severed its ties with France.", &[]);
}

/// "a levé les sanctions", "lifted the suspension": a tension ended, not
/// stated.
#[test]
fn lifted_sanctions_state_nothing() {
    check("La CEDEAO a levé les sanctions contre la Guinée.", &[]);
    check("L'Union africaine a levé la suspension du Gabon.", &[]);
    check("ECOWAS lifted sanctions on Guinea and Mali.", &[]);
    check("The AU lifted Gabon's suspension in April.", &[]);
}

/// "condamne l'attaque du JNIM contre l'armée", "denounced the attack by
/// JNIM on Malian troops": a cue that is the object of a verb cue is a noun
/// whose sides follow it; the verb's subject is not one of them (it is in
/// tension with the deed's author: see `condemned_deeds_and_their_authors`).
#[test]
fn a_nominal_cue_object_of_a_verb_cue_has_its_own_sides() {
    check(
        "Le Niger condamne l'attaque du JNIM contre l'armée malienne.",
        &["JNIM conflict MLI", "JNIM tension NER"],
    );
    check(
        "Niger condemned the attack by JNIM on Malian soldiers.",
        &["JNIM conflict MLI", "JNIM tension NER"],
    );
    check(
        "Washington critique l'alliance entre Moscou et Pyongyang.",
        &["PRK alliance RUS"],
    );
    // A verb of another kind keeps its subject: "formé" (trained, formed).
    check(
        "Le Mali et le Niger ont formé une alliance contre le JNIM.",
        &["MLI alliance NER"],
    );
}

/// Leaving an organisation is tension, not membership.
#[test]
fn withdrawal_from_an_organisation_is_tension() {
    check(
        "Le Niger a annoncé son retrait de la CEDEAO.",
        &["ECOWAS tension NER"],
    );
    check("Le Burkina Faso a quitté l'OIF.", &["BFA tension OIF"]);
    check(
        "La CEDEAO compte désormais douze États membres après le départ du Niger, du Mali et du Burkina Faso.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "Niger's withdrawal from ECOWAS took effect in January.",
        &["ECOWAS tension NER"],
    );
    check(
        "Mali, Burkina Faso and Niger walked out of ECOWAS.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
}

/// Breaking, suspending or freezing ties or cooperation is tension, not alliance.
#[test]
fn breaking_or_freezing_ties_is_tension() {
    check(
        "Le Mali a rompu ses relations diplomatiques avec l'Ukraine.",
        &["MLI tension UKR"],
    );
    check(
        "Le Burkina Faso a suspendu sa coopération avec la France.",
        &["BFA tension FRA"],
    );
    check(
        "L'UE a gelé sa coopération sécuritaire avec le Niger.",
        &["EU tension NER"],
    );
    check(
        "Mali severed diplomatic ties with Ukraine.",
        &["MLI tension UKR"],
    );
    check(
        "Burkina Faso suspended its cooperation with France.",
        &["BFA tension FRA"],
    );
    check(
        "The EU froze its security cooperation with Niger.",
        &["EU tension NER"],
    );
}

/// Expelling troops or diplomats, or demanding their departure, is tension.
#[test]
fn expelling_troops_or_diplomats_is_tension() {
    check(
        "Le Niger a expulsé l'ambassadeur de France.",
        &["FRA tension NER"],
    );
    check(
        "Burkina Faso expelled three French diplomats.",
        &["BFA tension FRA"],
    );
    check(
        "Le Niger exige le départ des soldats français.",
        &["FRA tension NER"],
    );
}

/// Recalling one's ambassador or summoning another's is tension.
#[test]
fn recalling_or_summoning_an_ambassador_is_tension() {
    check(
        "Le Mali a convoqué l'ambassadeur d'Algérie.",
        &["DZA tension MLI"],
    );
    check(
        "Niger summoned the French ambassador.",
        &["FRA tension NER"],
    );
    check(
        "Niger recalled its ambassador from Benin.",
        &["BEN tension NER"],
    );
    check(
        "Bamako a rappelé son ambassadeur en Algérie pour consultations.",
        &["DZA tension MLI"],
    );
    check(
        "L'Algérie a rappelé son ambassadeur au Mali pour consultations.",
        &["DZA tension MLI"],
    );
    // The post is often named by its capital, which is a place elsewhere.
    check(
        "L'Algérie a rappelé son ambassadeur à Bamako.",
        &["DZA tension MLI"],
    );
    check(
        "Mali recalled its ambassador in Algiers.",
        &["DZA tension MLI"],
    );
    check("Les tensions à Bamako inquiètent la CEDEAO.", &[]);
}

/// Ending, terminating or cancelling an accord is tension, not alliance.
#[test]
fn ending_a_defence_accord_is_tension() {
    check(
        "Le Niger a mis fin à l'accord de défense avec les États-Unis.",
        &["NER tension USA"],
    );
    check(
        "Le Tchad a dénoncé les accords de coopération militaire avec la France.",
        &["FRA tension TCD"],
    );
    check(
        "Niger terminated its military agreement with the United States.",
        &["NER tension USA"],
    );
    check(
        "Niger cancelled its agreement with the United States.",
        &["NER tension USA"],
    );
}

/// Suspending or cutting aid ends the support it named: tension, the way a
/// sanction is, and no support.
#[test]
fn suspending_aid_is_tension() {
    check(
        "L'Allemagne a suspendu son aide budgétaire au Niger.",
        &["DEU tension NER"],
    );
    check(
        "The United States suspended its security assistance to Burkina Faso.",
        &["BFA tension USA"],
    );
}

/// A number's thousands separator is no clause comma: the relative clause
/// around it is still skipped when looking for the subject.
#[test]
fn numbers_do_not_break_a_relative_clause() {
    check(
        "Niger, which hosted some 1,100 American troops, ended its military cooperation with Washington.",
        &["NER tension USA"],
    );
}

/// "X a fermé sa frontière avec Y".
#[test]
fn closing_a_border_is_tension() {
    check(
        "Le Niger menace de fermer sa frontière avec le Bénin.",
        &["BEN tension NER"],
    );
    check(
        "Niger threatened to close its border with Benin.",
        &["BEN tension NER"],
    );
}

/// "l'Alliance des États du Sahel", "le Groupe de soutien à l'islam": no cue.
#[test]
fn cue_inside_a_name_states_nothing() {
    check(
        "L'Alliance des États du Sahel a tenu son sommet à Niamey.",
        &[],
    );
    check(
        "L'Union africaine a publié un communiqué sur la situation.",
        &[],
    );
    check(
        "Le Front de libération de l'Azawad a revendiqué l'embuscade.",
        &[],
    );
    check(
        "Le Groupe de soutien à l'islam et aux musulmans a attaqué un convoi de l'armée malienne.",
        &["JNIM conflict MLI"],
    );
    check(
        "Le Front de libération de l'Azawad accuse l'armée malienne d'exactions.",
        &["FLA tension MLI"],
    );
    check("The Alliance of Sahel States held a summit.", &[]);
    check(
        "The Alliance of Sahel States and Russia signed a cooperation agreement.",
        &["AES alliance RUS"],
    );
    check(
        "The Alliance of Sahel States criticised France.",
        &["AES tension FRA"],
    );
    check("The Rapid Support Forces attacked the city.", &[]);
}

/// "la CEDEAO, une alliance économique": the word describes one actor.
#[test]
fn alliance_describing_an_organisation_states_nothing() {
    check(
        "La CEDEAO, une alliance économique régionale, a réagi mardi.",
        &[],
    );
    check(
        "ECOWAS, the regional economic alliance, responded on Tuesday.",
        &[],
    );
}

/// "un partenaire alternatif à X", "instead of X", "rather than X".
#[test]
fn substitution_is_no_relation() {
    check("Le Mali cherche un partenaire alternatif à la France.", &[]);
    check(
        "Bamako s'est tourné vers la Russie au lieu de la France.",
        &["MLI alliance RUS"],
    );
    check("Moscou se présente comme une alternative à Paris.", &[]);
    check(
        "Niger turned to Russia instead of France.",
        &["NER alliance RUS"],
    );
    check(
        "Mali now receives weapons from Russia rather than France.",
        &["RUS support MLI"],
    );
    check(
        "Rather than Paris, Bamako turned to Moscow.",
        &["MLI alliance RUS"],
    );
}

/// "la junte", "le pays", "the regime" for a state named in this or the previous sentence.
#[test]
fn description_stands_for_a_named_state() {
    check(
        "Niger's junta seized power in 2023. The regime then expelled the French ambassador.",
        &["FRA tension NER"],
    );
    check(
        "Le Burkina Faso a expulsé des diplomates français. Le pays a aussi suspendu plusieurs médias.",
        &["BFA tension FRA"],
    );
    check(
        "Le Niger a dénoncé son accord militaire avec les États-Unis. Le régime de Niamey a ensuite signé un partenariat avec la Russie.",
        &["NER alliance RUS", "NER tension USA"],
    );
    check(
        "ECOWAS condemned the coup in Niger. The bloc also imposed sanctions on the junta.",
        &["ECOWAS tension NER"],
    );
}

/// "ces trois pays", "these countries" for the list named before.
#[test]
fn plural_description_stands_for_the_last_list() {
    check(
        "Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO. Ces trois pays ont ensuite fondé l'AES.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Mali, Burkina Faso and Niger walked out of ECOWAS. The three countries then founded the AES.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// The juntas' usual names in wire copy: "the three military-led
/// governments", "les trois pays sahéliens", "the two neighbouring countries".
#[test]
fn counted_descriptions_in_their_news_wording() {
    check(
        "Mali, Burkina Faso and Niger formed a confederation in 2024. The three military-led governments quit ECOWAS in January.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "Le Mali, le Burkina Faso et le Niger se sont rapprochés de Moscou. Les trois pays sahéliens dénoncent l'influence de la France.",
        &[
            "BFA alliance RUS",
            "BFA tension FRA",
            "FRA tension MLI",
            "FRA tension NER",
            "MLI alliance RUS",
            "NER alliance RUS",
        ],
    );
    check(
        "Algeria and Morocco have had no diplomatic relations since 2021. The two neighbouring countries accuse each other of backing separatists.",
        &["DZA tension MAR"],
    );
}

/// "les trois pays" after a list of two takes the third state just named,
/// when exactly one other state is there to take.
#[test]
fn counted_description_completes_a_short_list() {
    check(
        "Le Mali quitte l'OIF après le Niger et le Burkina Faso. Les trois pays reprochent à la France son influence.",
        &[
            "BFA tension FRA",
            "FRA tension MLI",
            "FRA tension NER",
            "MLI tension OIF",
        ],
    );
    check(
        "Mali followed Niger and Burkina Faso out of the OIF. The three countries accuse France of meddling.",
        &["BFA tension FRA", "FRA tension MLI", "FRA tension NER"],
    );
    // Two candidates for one place: no guess.
    check(
        "Le Tchad et le Mali saluent le Niger et le Burkina Faso. Les trois pays critiquent la France.",
        &["BFA tension FRA", "FRA tension NER"],
    );
}

/// Relations that deteriorate are in tension.
#[test]
fn deteriorating_relations_are_tension() {
    check(
        "Les relations entre Alger et Bamako se sont fortement dégradées.",
        &["DZA tension MLI"],
    );
    check(
        "Relations between Algeria and Mali have deteriorated since the drone incident.",
        &["DZA tension MLI"],
    );
}

/// A description with no named antecedent draws no triple.
#[test]
fn description_with_no_antecedent_states_nothing() {
    check("La junte a accusé la France.", &[]);
    check("The regime has criticised France.", &[]);
    // A counted description does not stand for a longer list (the exit
    // itself is a tension with the organisation).
    check(
        "Le Mali a quitté le Cemoc, qui associe l'Algérie, la Mauritanie et le Niger. Les relations entre les deux pays se sont dégradées.",
        &["CEMOC tension MLI"],
    );
}

/// "claquer la porte", "slam the door on": leaving; "du bloc", "du pays"
/// are descriptions as "le bloc", "le pays" are.
#[test]
fn slamming_the_door_and_contracted_descriptions() {
    check(
        "Le Mali, le Burkina Faso et le Niger ont claqué la porte de la CEDEAO.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "La CEDEAO a levé ses sanctions. Le Mali, le Burkina Faso et le Niger ont claqué la porte du bloc.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "Mali slammed the door on ECOWAS in January.",
        &["ECOWAS tension MLI"],
    );
    check(
        "Les autorités nigériennes veulent renforcer les capacités du pays, conformément à l'accord de coopération militaire conclu avec la Russie.",
        &["NER alliance RUS"],
    );
}

/// Recalling their ambassadors from a capital: tension with its state.
#[test]
fn recalling_their_ambassadors() {
    check(
        "Le Burkina Faso et le Niger ont rappelé leurs ambassadeurs à Alger.",
        &["BFA tension DZA", "DZA tension NER"],
    );
    check(
        "Mali and Niger recalled their ambassadors from Algiers.",
        &["DZA tension MLI", "DZA tension NER"],
    );
}

/// ", où l'armée ...", ", where the junta ...": a description opening a
/// clause after a place names that place's state.
#[test]
fn description_after_where_is_the_place() {
    check(
        "Le Kremlin dément toute présence du groupe Wagner au Burkina Faso, où l'armée combat le JNIM.",
        &["BFA conflict JNIM"],
    );
    check(
        "Russian instructors arrived in Mali, where the army fights JNIM.",
        &["JNIM conflict MLI", "RUS support MLI"],
    );
}

/// "les deux gouvernements", "the two countries" after a sentence naming
/// exactly two states stand for them.
#[test]
fn counted_description_takes_the_states_just_named() {
    check(
        "La Russie a envoyé des instructeurs pour former l'armée burkinabè. Les deux gouvernements ont signé un accord de coopération.",
        &["BFA alliance RUS", "RUS support BFA"],
    );
    check(
        "Russian instructors arrived in Niger in April. Military cooperation between the two countries has grown.",
        &["NER alliance RUS", "RUS support NER"],
    );
}

/// "leur voisin", "its neighbour": the other state named nearby.
#[test]
fn neighbour_stands_for_the_state_named_before() {
    check(
        "L'Algérie a rappelé son ambassadeur. Les autorités maliennes accusent leur voisin d'abriter des responsables du FLA.",
        &["DZA tension MLI"],
    );
    check(
        "Algeria closed its airspace. Mali accused its neighbour of harbouring rebels.",
        &["DZA tension MLI"],
    );
}

/// "l'organisation", "le groupe" for the organisation or armed group named before.
#[test]
fn description_of_an_organisation_or_group() {
    check(
        "Le Niger a quitté la CEDEAO. L'organisation a dénoncé cette décision.",
        &["ECOWAS tension NER"],
    );
    check(
        "Le FLA a attaqué une base militaire. Le groupe accuse l'armée malienne de massacres.",
        &["FLA tension MLI"],
    );
    check(
        "JNIM claimed the ambush. The group has also threatened the Malian army.",
        &["JNIM tension MLI"],
    );
    check(
        "ECOWAS met on Sunday. The bloc condemned the Nigerien junta.",
        &["ECOWAS tension NER"],
    );
}

/// "il", "ils", "it", "they" as subject of the next sentence.
#[test]
fn subject_pronoun_stands_for_the_subject() {
    check(
        "Le Niger a quitté la CEDEAO. Il s'est ensuite rapproché de la Russie.",
        &["ECOWAS tension NER", "NER alliance RUS"],
    );
    check(
        "Mali expelled French troops. It then turned to Russia.",
        &["FRA tension MLI", "MLI alliance RUS"],
    );
    check(
        "Mali, Burkina Faso and Niger walked out of ECOWAS. They then founded the AES.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Il y a des tensions entre le Mali et l'Algérie.",
        &["DZA tension MLI"],
    );
    // "he", "she": a leader named just before.
    check(
        "Patrice Talon spoke on Tuesday. He also blamed Niamey for the attacks.",
        &["BEN tension NER"],
    );
}

/// An actor after a place preposition ("en", "dans", "in") is where, not
/// who: no subject.
#[test]
fn a_place_is_no_subject() {
    check(
        "Une centaine de militaires français resteront en Côte d'Ivoire pour former les soldats ivoiriens.",
        &["FRA support CIV"],
    );
    check(
        "Wagner's presence in Mali worries Algeria.",
        &["DZA tension WAGNER"],
    );
}

/// "pushed out of", "poussée vers la sortie": expulsion, in either voice;
/// "the lack of" negates what follows.
#[test]
fn pushed_out_and_lack_of() {
    check(
        "France had already been pushed out of Mali, Burkina Faso and Niger.",
        &["BFA tension FRA", "FRA tension MLI", "FRA tension NER"],
    );
    check(
        "La France a été poussée vers la sortie par le Niger.",
        &["FRA tension NER"],
    );
    check(
        "Benin regrets the lack of security cooperation with Niger.",
        &[],
    );
}

/// A name qualifying the noun a relative pronoun follows is the subject of
/// the relative clause: "the ECOWAS summit that threatened Niger".
#[test]
fn relative_after_a_qualified_noun() {
    check(
        "Tinubu chaired the ECOWAS summit that threatened Niger with military intervention.",
        &["ECOWAS tension NER"],
    );
    check(
        "Le sommet de la CEDEAO qui a menacé le Niger s'est tenu à Abuja.",
        &["ECOWAS tension NER"],
    );
    // An apposition to a name is the antecedent; a coordinated noun is not.
    check(
        "Le FPL, un groupe armé qui combat la junte de Niamey, a revendiqué l'attaque.",
        &["FPL conflict NER"],
    );
    check(
        "JNIM, an al-Qaeda affiliate which attacks Burkinabe troops, has grown.",
        &["BFA conflict JNIM"],
    );
    check(
        "Libya is split between a government led by Abdul Hamid Dbeibah, and a rival administration that relies on the LNA.",
        &[],
    );
}

/// "X, qui soutient Y, a critiqué Z": the main verb's subject is X.
#[test]
fn relative_clause_keeps_its_own_arguments() {
    check(
        "The drones that Turkey delivered to Niger were shown on television.",
        &["TUR support NER"],
    );
    check(
        "Les drones que la Turquie a livrés au Niger ont été présentés à la télévision.",
        &["TUR support NER"],
    );
}

/// "mais", "but", "alors que", "while", "tandis que" start a new clause.
#[test]
fn contrast_clauses_are_separate() {
    check(
        "Le Maroc se rapproche du Mali alors que l'Algérie condamne la junte malienne.",
        &["DZA tension MLI", "MAR alliance MLI"],
    );
    check(
        "La Russie soutient le Mali, mais l'Algérie accuse Bamako.",
        &["DZA tension MLI", "RUS support MLI"],
    );
    check(
        "Russia supports Mali while France criticises Niger.",
        &["FRA tension NER", "RUS support MLI"],
    );
    check(
        "L'Algérie accuse le Maroc, mais elle soutient le Front Polisario.",
        &["DZA support POLISARIO", "DZA tension MAR"],
    );
    check(
        "Le Niger coopère avec la Turquie tandis que le Bénin critique la junte de Niamey.",
        &["BEN tension NER", "NER alliance TUR"],
    );
    check(
        "France supports Chad, but Russia backs the Central African Republic.",
        &["FRA support TCD", "RUS support CAF"],
    );
}

/// "X a rompu avec Y et dénoncé son accord avec Z".
#[test]
fn coordinated_verbs_share_their_subject() {
    check(
        "Niger severed ties with France and cancelled its agreement with the US.",
        &["FRA tension NER", "NER tension USA"],
    );
    check(
        "Le Niger a rompu avec la France et dénoncé son accord avec les États-Unis.",
        &["FRA tension NER", "NER tension USA"],
    );
    // The rupture verb belongs to the coordinated predicate; "puis" and
    // "then" coordinate as "et" and "and" do; an elided article is no word.
    check(
        "Chad expelled the French ambassador, then cancelled a defence agreement with the United States.",
        &["FRA tension TCD", "TCD tension USA"],
    );
    check(
        "Le Tchad a expulsé l'ambassadeur de France et dénoncé l'accord militaire avec les États-Unis.",
        &["FRA tension TCD", "TCD tension USA"],
    );
    check(
        "Le Tchad a critiqué la France, puis a dénoncé un accord avec les États-Unis.",
        &["FRA tension TCD", "TCD tension USA"],
    );
}

/// A participle right after a comma shares the clause's subject ("imposed
/// sanctions on Daglo, accusing his fighters"); a noun with its genitive
/// there is an apposition ("le Mali, allié de Moscou").
#[test]
fn participle_after_a_comma_shares_the_subject() {
    check(
        "Washington has imposed sanctions on Daglo, accusing his fighters of genocide, and has also sanctioned Burhan.",
        &["RSF tension USA", "SDN tension USA"],
    );
    check(
        "Le Niger a rompu avec la France, accusant Paris d'ingérence.",
        &["FRA tension NER"],
    );
    check(
        "La Russie soutient le Mali, allié de Moscou depuis 2021.",
        &["MLI alliance RUS", "RUS support MLI"],
    );
}

/// "Après avoir expulsé les soldats français, X ...".
#[test]
fn opening_participle_takes_the_main_subject() {
    check(
        "Après avoir expulsé les soldats français, le Burkina Faso s'est tourné vers la Russie.",
        &["BFA alliance RUS", "BFA tension FRA"],
    );
    check(
        "After expelling French troops, Mali turned to Russia.",
        &["FRA tension MLI", "MLI alliance RUS"],
    );
}

/// "depuis le départ de X", "after the withdrawal of X": an event named in
/// a time adverbial has its complements as sides, not the clause's subject;
/// a possessive makes it the subject's own deed.
#[test]
fn event_in_a_time_adverbial_has_its_own_sides() {
    check(
        "Le Mali est soutenu par la Russie depuis le départ des troupes françaises.",
        &["RUS support MLI"],
    );
    check(
        "Après le départ des soldats français, la Russie a renforcé sa présence au Mali.",
        &[],
    );
    check(
        "Since the departure of French troops, Russia has supported Mali.",
        &["RUS support MLI"],
    );
    check(
        "After the withdrawal of French troops from Niger, Russia sent instructors.",
        &["FRA tension NER"],
    );
    check(
        "Après le retrait du Mali de la CEDEAO, le Togo a proposé une médiation.",
        &["ECOWAS tension MLI"],
    );
    check(
        "Depuis l'attaque du JNIM contre l'armée malienne, Bamako accuse l'Algérie.",
        &["DZA tension MLI", "JNIM conflict MLI"],
    );
    // The possessor is the subject.
    check(
        "Après son retrait de la CEDEAO, le Mali a rejoint l'AES.",
        &["ECOWAS tension MLI", "MLI membership AES"],
    );
    check(
        "Following its withdrawal from ECOWAS, Niger signed a pact with Mali.",
        &["ECOWAS tension NER", "MLI alliance NER"],
    );
    check(
        "La France a fermé deux bases après le départ forcé de ses soldats du Niger.",
        &["FRA tension NER"],
    );
    // A verb after the time word shares the clause's subject.
    check(
        "Mali left ECOWAS in 2024 after accusing Paris of meddling.",
        &["ECOWAS tension MLI", "FRA tension MLI"],
    );
    check(
        "Le Mali a quitté la CEDEAO après avoir accusé Paris d'ingérence.",
        &["ECOWAS tension MLI", "FRA tension MLI"],
    );
}

/// "selon", "d'après", "according to", "reportedly", conditional mood.
#[test]
fn hedged_and_reported_speech_states_the_relation() {
    check(
        "Selon Reuters, la Russie livre des armes au Burkina Faso.",
        &["RUS support BFA"],
    );
    check(
        "La Russie soutiendrait le Mali, selon des sources sécuritaires.",
        &["RUS support MLI"],
    );
    check(
        "D'après des sources concordantes, la Turquie aurait livré des drones au Mali.",
        &["TUR support MLI"],
    );
    check(
        "Selon le ministère, l'Ukraine aurait fourni des renseignements au FLA.",
        &["UKR support FLA"],
    );
    check(
        "According to diplomats, Algeria is arming the FLA.",
        &["DZA support FLA"],
    );
    check(
        "Russia reportedly supplies fuel to Niger.",
        &["RUS support NER"],
    );
    check(
        "Turkey allegedly delivered drones to Mali, according to the report.",
        &["TUR support MLI"],
    );
    check(
        "Ukraine allegedly provided intelligence to the FLA, Malian officials said.",
        &["UKR support FLA"],
    );
}

/// "X attaque Y", "fighting between X and Y", "offensive contre Y".
#[test]
fn conflict_between_fighting_actors() {
    check(
        "Le JNIM a attaqué une base de l'armée burkinabè.",
        &["BFA conflict JNIM"],
    );
    check(
        "L'armée tchadienne a lancé une offensive contre Boko Haram.",
        &["BOKOHARAM conflict TCD"],
    );
    check(
        "L'armée nigérienne a bombardé des positions de l'EIGS.",
        &["ISSP conflict NER"],
    );
    check(
        "La Russie mène une guerre contre l'Ukraine.",
        &["RUS conflict UKR"],
    );
    check(
        "L'armée malienne a repris la ville aux rebelles du FLA.",
        &["FLA conflict MLI"],
    );
    check(
        "ISWAP attacked a Chadian army base.",
        &["ISWAP conflict TCD"],
    );
    check(
        "Les forces armées nigériennes ont lancé une opération contre le JNIM.",
        &["JNIM conflict NER"],
    );
    check(
        "ISWAP fighters killed twelve Nigerian soldiers near Lake Chad.",
        &["ISWAP conflict NGA"],
    );
    check(
        "Des soldats maliens ont été tués par le JNIM.",
        &["JNIM conflict MLI"],
    );
    check(
        "The Malian army launched an offensive against JNIM positions.",
        &["JNIM conflict MLI"],
    );
    check("Russia is at war with Ukraine.", &["RUS conflict UKR"]);
    check(
        "Boko Haram fighters clashed with Chadian soldiers.",
        &["BOKOHARAM conflict TCD"],
    );
    check(
        "JNIM fighters ambushed a Burkinabe army convoy.",
        &["BFA conflict JNIM"],
    );
    check(
        "De violents combats opposent l'armée malienne au FLA dans la région de Kidal.",
        &["FLA conflict MLI"],
    );
    check(
        "Des affrontements entre l'armée nigérienne et l'EIGS ont fait dix morts.",
        &["ISSP conflict NER"],
    );
    check(
        "L'armée burkinabè lutte contre le JNIM dans l'est du pays.",
        &["BFA conflict JNIM"],
    );
    check(
        "Les frappes de l'armée malienne contre le FLA se multiplient.",
        &["FLA conflict MLI"],
    );
    check(
        "Fighting between Malian troops and the FLA intensified.",
        &["FLA conflict MLI"],
    );
    check(
        "Wagner et l'armée malienne ont attaqué ensemble les positions du FLA.",
        &["FLA conflict MLI", "FLA conflict WAGNER"],
    );
}

/// "X accuse Y", "tensions entre X et Y", "X condamne Y", "X a sanctionné Y".
#[test]
fn tension_accusation_condemnation_sanction() {
    check(
        "Le Mali accuse l'Algérie d'ingérence.",
        &["DZA tension MLI"],
    );
    check(
        "La CEDEAO condamne la junte nigérienne.",
        &["ECOWAS tension NER"],
    );
    check(
        "Les États-Unis ont sanctionné trois ministres maliens.",
        &["MLI tension USA"],
    );
    check(
        "La crise entre le Niger et le Bénin persiste.",
        &["BEN tension NER"],
    );
    check(
        "La Côte d'Ivoire s'inquiète de la présence de Wagner au Burkina Faso.",
        &["CIV tension WAGNER"],
    );
    check(
        "Le Mali reproche à l'Algérie son ingérence.",
        &["DZA tension MLI"],
    );
    check("L'UE a sanctionné le régime nigérien.", &["EU tension NER"]);
    check(
        "Algeria accused Mali of violating its airspace.",
        &["DZA tension MLI"],
    );
    check(
        "France condemned the Burkinabe junta.",
        &["BFA tension FRA"],
    );
    check("Mali threatened to leave ECOWAS.", &["ECOWAS tension MLI"]);
}

/// "Moscou", "le Kremlin", "Washington", "Poutine" acting or speaking.
#[test]
fn capital_or_leader_acts_as_the_state() {
    check("Le Kremlin soutient Ouagadougou.", &["RUS support BFA"]);
    check(
        "Washington a sanctionné le ministre malien de la Défense.",
        &["MLI tension USA"],
    );
    check(
        "Poutine a promis un soutien militaire à Goïta dans un message.",
        &["RUS support MLI"],
    );
    check(
        "Macron a critiqué Assimi Goïta dans un entretien.",
        &["FRA tension MLI"],
    );
    check(
        "Paris et Alger ont signé un accord de coopération.",
        &["DZA alliance FRA"],
    );
    check(
        "Abuja critique la décision de Niamey.",
        &["NER tension NGA"],
    );
    check(
        "Ouagadougou a accusé la Côte d'Ivoire d'abriter des opposants.",
        &["BFA tension CIV"],
    );
    check(
        "Tebboune a accusé Goïta de mentir sur les faits.",
        &["DZA tension MLI"],
    );
    check(
        "Vladimir Putin pledged military support to Ibrahim Traoré.",
        &["RUS support BFA"],
    );
    check("The Kremlin is backing Niamey.", &["RUS support NER"]);
    check(
        "Washington accuses Moscow of destabilising the Sahel.",
        &["RUS tension USA"],
    );
}

/// "à Bamako", "in Niamey", "Paris-based": a place, not the state.
#[test]
fn capital_as_a_place_is_no_actor() {
    check(
        "Les ministres russe et malien se sont rencontrés à Bamako.",
        &[],
    );
    check("Une réunion de la CEDEAO s'est tenue à Abuja.", &[]);
    check(
        "À Niamey, des instructeurs turcs forment des soldats burkinabè.",
        &["TUR support BFA"],
    );
    check(
        "À Moscou, le ministre malien a signé un accord militaire avec la Russie.",
        &["MLI alliance RUS"],
    );
    check(
        "Réunis à Alger, les ministres du Mali et du Niger ont signé un accord de coopération.",
        &["MLI alliance NER"],
    );
    check(
        "Lors d'une visite à Moscou, le président malien a signé un accord de coopération avec la Russie.",
        &["MLI alliance RUS"],
    );
    check(
        "In Niamey, Turkish instructors train soldiers for Burkina Faso.",
        &["TUR support BFA"],
    );
    check("A Paris-based think tank criticised the Malian junta.", &[]);
    check(
        "Russia signed a cooperation agreement with Mali in Moscow.",
        &["MLI alliance RUS"],
    );
}

/// A visit, a meeting or a mediation alone states no relation.
#[test]
fn meeting_or_visit_states_nothing() {
    check(
        "Le président sénégalais s'est rendu à Bamako pour rencontrer Assimi Goïta.",
        &[],
    );
    check(
        "Le Togo a proposé sa médiation entre la CEDEAO et l'AES.",
        &[],
    );
    check("Ghana's president visited Ouagadougou on Monday.", &[]);
    // So is a person received, in the passive.
    check("L'ambassadeur russe a été reçu par Goïta.", &[]);
    check("The Russian envoy was received by Tiani in Niamey.", &[]);
    // Receiving a state's minister is a meeting; its support is not.
    check(
        "Ghazouani received Mali's foreign minister in Nouakchott last month.",
        &[],
    );
    check(
        "Mauritania received Mali's support in the dispute.",
        &["MLI support MRT"],
    );
}

/// "les médias français", "le peuple malien" name no state.
#[test]
fn demonym_without_institution_is_no_actor() {
    check("Niamey accuse les médias français de mentir.", &[]);
    check("Le peuple malien soutient la Russie.", &[]);
    check("Niamey accused French media of lying.", &[]);
}

/// "les mercenaires russes du groupe Wagner", "Russia's Wagner group".
#[test]
fn demonym_of_a_named_group_names_the_group() {
    check(
        "Les mercenaires russes du groupe Wagner appuient l'armée malienne.",
        &["WAGNER support MLI"],
    );
    check(
        "Russia's Wagner group assisted the Malian army.",
        &["WAGNER support MLI"],
    );
    check(
        "Africa Corps instructors train Nigerien soldiers.",
        &["WAGNER support NER"],
    );
}

/// "hélicoptères de combat", "armed drones", "fighters": a cue word qualifying or naming a noun.
#[test]
fn cue_word_as_a_modifier_is_no_relation() {
    check(
        "Turkey has delivered armed drones to Burkina Faso.",
        &["TUR support BFA"],
    );
    check(
        "La Turquie a livré des drones armés au Burkina Faso.",
        &["TUR support BFA"],
    );
}

/// A one-sentence text with few stopwords is still read in its language.
#[test]
fn short_sentence_language_detection() {
    check("Moscow arms Bamako.", &["RUS support MLI"]);
    check(
        "L'Algérie a rappelé son ambassadeur au Mali.",
        &["DZA tension MLI"],
    );
}

/// Cases that were gaps when the construction tests were written and that
/// the rules now get right: asserted, so that they stay right.
const FORMER_GAPS: &[(&str, &[&str])] = &[
    // --- A condemned attack: the condemning side against the attacker
    (
        "La France condamne l'attaque du JNIM contre l'armée malienne.",
        &["FRA tension JNIM", "JNIM conflict MLI"],
    ),
    // --- Selling arms with the weapon's name between ("sold Bayraktar
    // drones"): buying and selling are settled with the weapon noun in reach
    (
        "Turkey has sold Bayraktar drones to Mali.",
        &["TUR support MLI"],
    ),
    // --- An unresolved description as object: the search went on past it
    // to an actor that is no side ("of serving France")
    (
        "Mali left ECOWAS after accusing the bloc of serving France.",
        &["ECOWAS tension MLI"],
    ),
    // --- Withdrawal from an organisation: "left" (`rupture:organisation`)
    (
        "Mali, Burkina Faso and Niger left ECOWAS in January.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    ),
    // --- Scope: ", et" + actor + the auxiliary "a" (`=a`, not "à")
    (
        "Le Mali a quitté la CEDEAO, et le Niger a signé un pacte avec la Russie.",
        &["ECOWAS tension MLI", "NER alliance RUS"],
    ),
    (
        "Le Burkina Faso a rompu avec la France, et le Mali a conclu un accord de défense avec la Turquie.",
        &["BFA tension FRA", "MLI alliance TUR"],
    ),
    (
        "La Russie a livré des armes au Mali, et le Niger a reçu des drones de la Turquie.",
        &["RUS support MLI", "TUR support NER"],
    ),
    // --- Membership: founding by a list of agents with commas
    (
        "La création de l'AES par le Mali, le Burkina Faso et le Niger a surpris.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    ),
    // --- Meetings and visits: receiving a person is hosting a visitor
    (
        "Poutine a reçu Assimi Goïta au Kremlin pour un entretien.",
        &[],
    ),
    ("Putin received Goïta at the Kremlin.", &[]),
    (
        "Le Mali a reçu deux hélicoptères de la Russie.",
        &["RUS support MLI"],
    ),
    // --- Scope: a relative clause holding a list
    (
        "L'AES, qui rassemble le Burkina Faso, le Niger et le Mali, a critiqué la CEDEAO.",
        &[
            "AES tension ECOWAS",
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    ),
    (
        "The AES, which brings together Mali, Burkina Faso and Niger, condemned ECOWAS.",
        &[
            "AES tension ECOWAS",
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    ),
    // --- Descriptions: the object of a cue is not its subject
    (
        "Russia has deepened ties with Mali. Moscow supplies the African nation with helicopters.",
        &["MLI alliance RUS", "RUS support MLI"],
    ),
    (
        "La Russie renforce sa coopération avec le Mali. Moscou livre au pays des blindés.",
        &["MLI alliance RUS", "RUS support MLI"],
    ),
    (
        "France keeps a military presence in Niger and Chad. Niger's rulers ordered French troops to leave the country.",
        &["FRA support NER", "FRA support TCD", "FRA tension NER"],
    ),
    (
        "Le Niger a ordonné aux troupes françaises de quitter le pays.",
        &["FRA tension NER"],
    ),
    // --- Scope: ", and" before an actor and its verb starts a clause, but
    // a serial comma does not
    (
        "Mali walked out of ECOWAS, and Niger signed a defence pact with Russia.",
        &["ECOWAS tension MLI", "NER alliance RUS"],
    ),
    (
        "La Russie soutient le Mali, et l'Algérie condamne la France.",
        &["DZA tension FRA", "RUS support MLI"],
    ),
    (
        "Mali, Burkina Faso, and Niger have signed a defence pact.",
        &["BFA alliance MLI", "BFA alliance NER", "MLI alliance NER"],
    ),
    (
        "Le Mali, le Burkina Faso, et le Niger ont signé un pacte de défense.",
        &["BFA alliance MLI", "BFA alliance NER", "MLI alliance NER"],
    ),
    (
        "Russia backs Mali, Burkina Faso, and Niger.",
        &["RUS support BFA", "RUS support MLI", "RUS support NER"],
    ),
    // --- Scope: relative clauses
    (
        "La Russie, qui soutient le Mali, a critiqué la France.",
        &["FRA tension RUS", "RUS support MLI"],
    ),
    (
        "Mali, which walked out of ECOWAS last year, signed a cooperation agreement with Russia.",
        &["ECOWAS tension MLI", "MLI alliance RUS"],
    ),
    (
        "Le Mali, qui a quitté la CEDEAO, a signé un accord de défense avec la Russie.",
        &["ECOWAS tension MLI", "MLI alliance RUS"],
    ),
    // --- Scope: appositions
    (
        "Burkina Faso, supported by Moscow, has expelled French troops.",
        &["BFA tension FRA", "RUS support BFA"],
    ),
    (
        "Le président nigérien, allié de Moscou, a critiqué la CEDEAO.",
        &["ECOWAS tension NER", "NER alliance RUS"],
    ),
    (
        "Chad, a longtime ally of France, criticised ECOWAS.",
        &["ECOWAS tension TCD", "FRA alliance TCD"],
    ),
    // --- Scope: two clauses joined by ", and"
    (
        "Russia backs Mali, and Algeria condemns Bamako.",
        &["DZA tension MLI", "RUS support MLI"],
    ),
    // --- Direction: "from X" after a noun (origin, not agent)
    (
        "Moscow is training soldiers from Mali, Burkina Faso and Niger.",
        &["RUS support BFA", "RUS support MLI", "RUS support NER"],
    ),
    (
        "In Niamey, Turkish instructors train soldiers from Burkina Faso.",
        &["TUR support BFA"],
    ),
    // --- Descriptions (singular)
    (
        "Le Mali a rompu avec la France. La junte s'est ensuite rapprochée de la Russie.",
        &["FRA tension MLI", "MLI alliance RUS"],
    ),
    (
        "Niger has pulled out of ECOWAS. The regime has since signed a defence pact with Russia.",
        &["ECOWAS tension NER", "NER alliance RUS"],
    ),
    (
        "Le Tchad accueille des troupes françaises. Le pays est aussi membre de la CEEAC.",
        &["TCD membership ECCAS"],
    ),
    // --- Descriptions (plural)
    (
        "Mali, Burkina Faso and Niger walked out of ECOWAS. These three countries now rely on Russia.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "RUS support BFA",
            "RUS support MLI",
            "RUS support NER",
        ],
    ),
    // --- Withdrawal from an organisation
    ("Le Mali s'est retiré du G5 Sahel.", &["G5S tension MLI"]),
    // --- Expelling troops or diplomats
    (
        "Chad ordered French troops to leave the country.",
        &["FRA tension TCD"],
    ),
    (
        "Niger demanded the departure of US troops.",
        &["NER tension USA"],
    ),
    // --- Border closure
    (
        "Le Niger a fermé sa frontière avec le Bénin.",
        &["BEN tension NER"],
    ),
    ("Niger closed its border with Benin.", &["BEN tension NER"]),
    // --- Membership: founding
    (
        "L'AES, fondée par le Mali et le Niger, a un drapeau.",
        &["MLI membership AES", "NER membership AES"],
    ),
    (
        "The G5 Sahel, set up by Mauritania and Chad, was dissolved.",
        &["MRT membership G5S", "TCD membership G5S"],
    ),
    // --- Membership: member of an organisation
    (
        "Le Nigeria et le Ghana, deux pays de la CEDEAO, ont réagi.",
        &["GHA membership ECOWAS", "NGA membership ECOWAS"],
    ),
    // --- Membership: organisation listing its members
    (
        "La CEDEAO compte douze membres, dont le Ghana et la Gambie.",
        &["GHA membership ECOWAS", "GMB membership ECOWAS"],
    ),
    // --- Direction: passive support
    (
        "L'armée malienne est équipée par la Chine.",
        &["CHN support MLI"],
    ),
    // --- Direction: nominalisations
    (
        "La livraison de blindés par la Chine au Niger a eu lieu en mai.",
        &["CHN support NER"],
    ),
    (
        "The delivery of armoured vehicles by China to Chad took place in May.",
        &["CHN support TCD"],
    ),
    // --- Direction: active support
    (
        "La Russie arme le Burkina Faso depuis 2022.",
        &["RUS support BFA"],
    ),
    // --- Hedged and reported speech
    (
        "La Russie, selon Bamako, soutient le Mali.",
        &["RUS support MLI"],
    ),
    (
        "Russia, according to Bamako, supports Mali.",
        &["RUS support MLI"],
    ),
    // --- Negation
    (
        "La Russie n'a pas caché son soutien au Mali.",
        &["RUS support MLI"],
    ),
    (
        "Russia has made no secret of its support for Mali.",
        &["RUS support MLI"],
    ),
    // --- Substitution and comparison
    ("Burkina Faso wants a partner other than France.", &[]),
    // --- Tension: reciprocal subjects
    (
        "Le Mali et l'Algérie s'accusent mutuellement d'ingérence.",
        &["DZA tension MLI"],
    ),
    (
        "Algeria and Mali are at odds over the border.",
        &["DZA tension MLI"],
    ),
    // --- Tension
    (
        "Washington sanctioned two Malian ministers.",
        &["MLI tension USA"],
    ),
    // --- Demonyms without an institution
    ("The Malian people support Russia.", &[]),
    // --- Cue words used as modifiers or agent nouns
    (
        "Wagner fighters and Malian troops attacked FLA positions together.",
        &["FLA conflict MLI", "FLA conflict WAGNER"],
    ),
    (
        "Moscou livre des hélicoptères de combat à l'armée burkinabè.",
        &["RUS support BFA"],
    ),
    // --- Language detection on short texts
    ("Moscou soutient Bamako.", &["RUS support MLI"]),
    ("Macron critique Goïta.", &["FRA tension MLI"]),
];

/// Cases the rules do not get right yet, with the triples they should give,
/// grouped by construction, most important first. They are not asserted.
const KNOWN_GAPS: &[(&str, &[&str])] = &[
    // --- Substitution and comparison
    (
        "Le Niger préfère la Turquie plutôt que la France comme partenaire.",
        &["NER alliance TUR"],
    ),
    (
        "Russia has replaced France as Mali's main partner.",
        &["MLI alliance RUS"],
    ),
    // --- A relative clause whose object pronoun is the subject
    (
        "Le Niger a dénoncé l'accord de coopération militaire qui le liait aux États-Unis.",
        &["NER tension USA"],
    ),
    // --- A description restating a list pairs the list with itself
    (
        "Rights groups blamed strikes by the Malian and Burkinabe armies, accusations both governments reject.",
        &[],
    ),
    // --- The topic of a shared effort is no partner
    (
        "Le Niger et le Nigeria vont partager des renseignements sur Boko Haram.",
        &["NER alliance NGA"],
    ),
    // --- A place after the cue is no side
    (
        "ECOWAS and ECCAS agreed to coordinate patrols through a centre in Cameroon's capital.",
        &["ECCAS alliance ECOWAS"],
    ),
    // --- People joined from an organisation make no member of it
    (
        "Putin and Erdogan joined leaders and envoys from the African Union and the European Union in endorsing the communique.",
        &[],
    ),
    // --- "partners in" / "allies in" with no organisation after them
    (
        "President Ouattara, one of Paris's closest allies in the region, hosted a French base.",
        &["CIV alliance FRA"],
    ),
    // --- A purpose infinitive shares the main verb's subject
    (
        "Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO pour se regrouper au sein de l'AES.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    ),
    // --- The helped side of "help" + another verb is implicit
    (
        "Its soldiers had helped drive Ukrainian forces out of the Kursk region.",
        &[],
    ),
];

/// Partners within an organisation are its fellow members, not its allies;
/// a possessive apposition names the possessor's partners.
#[test]
fn partners_within_an_organisation_are_members() {
    check(
        "Le Burkina Faso, qui a rompu avec la France en même temps que le Mali et le Niger, ses partenaires au sein de l'AES, cherche d'autres soutiens.",
        &[
            "BFA alliance MLI",
            "BFA alliance NER",
            "BFA membership AES",
            "BFA tension FRA",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    // "s'appuyer sur X" is to receive X's support.
    check(
        "Le Tchad s'appuie sur le Togo et le Ghana, ses partenaires au sein de la CEDEAO.",
        &[
            "GHA membership ECOWAS",
            "GHA support TCD",
            "TGO membership ECOWAS",
            "TGO support TCD",
        ],
    );
    check(
        "Avec le Ghana et le Togo, ses partenaires au sein de la CEDEAO, le Nigeria prépare un sommet.",
        &["GHA membership ECOWAS", "TGO membership ECOWAS"],
    );
    // The organisation is where the subject belongs, not the subject.
    check(
        "Niger and its allies in the AES expelled French diplomats.",
        &["FRA tension NER", "NER membership AES"],
    );
    // "partner of" an organisation stays an alliance.
    check(
        "La Russie, partenaire de l'AES, livre des armes au Niger.",
        &["AES alliance RUS", "RUS support NER"],
    );
}

/// "which groups", "grouping": the verb, after an organisation; the noun
/// ("armed groups") neither has members nor arms anyone.
#[test]
fn an_organisation_groups_its_members() {
    check(
        "The Alliance of Sahel States (AES), which groups Mali, Burkina Faso and Niger, said it had carried out operations against JNIM.",
        &[
            "AES conflict JNIM",
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Chad's army fights armed groups such as Boko Haram.",
        &["BOKOHARAM conflict TCD"],
    );
}

/// Side by side ("aux côtés de", "alongside"): an auxiliary armed group
/// (Wagner) beside a state's troops helps them, a state's troops beside a
/// rebel group help it, whichever is named first; else the side that joins
/// helps. Both fight who follows "contre", "against". A companion in
/// another deed shares that deed only.
#[test]
fn side_by_side() {
    check(
        "Wagner mercenaries fighting alongside Malian troops were killed near the border.",
        &["WAGNER support MLI"],
    );
    check(
        "Les soldats tchadiens ont repoussé l'attaque aux côtés de mercenaires du groupe Wagner.",
        &["WAGNER support TCD"],
    );
    check(
        "Des instructeurs turcs combattent aux côtés de l'armée somalienne contre les shebab.",
        &[
            "SHABAAB conflict SOM",
            "SHABAAB conflict TUR",
            "TUR support SOM",
        ],
    );
    check(
        "Thousands of Rwandan soldiers are fighting alongside the M23 rebels.",
        &["RWA support M23"],
    );
    check(
        "Les rebelles du M23 combattent aux côtés de soldats rwandais.",
        &["RWA support M23"],
    );
    check(
        "The Ugandan army fought alongside the South Sudanese army.",
        &["UGA support SSD"],
    );
    check(
        "La France se tient aux côtés du Tchad.",
        &["FRA support TCD"],
    );
    check(
        "Le Mali a rompu avec l'Ukraine aux côtés du Niger.",
        &["MLI tension UKR", "NER tension UKR"],
    );
    check(
        "Guinea, which left ECOWAS alongside Mali, wants a new bloc.",
        &["ECOWAS tension GIN", "ECOWAS tension MLI"],
    );
}

/// A news aside ("pour sa part", "for its part") stands between a verb and
/// its object, with a time adverbial after it.
#[test]
fn an_aside_between_verb_and_object() {
    check(
        "Le Niger combat pour sa part depuis 2015 Boko Haram.",
        &["BOKOHARAM conflict NER"],
    );
    check(
        "Chad, for its part, backs the Sudanese army.",
        &["TCD support SDN"],
    );
}

/// Coordinated subjects of a mutual deed are its counterparts; an object
/// only after "with".
#[test]
fn a_mutual_deed_pairs_its_subjects() {
    check(
        "Chad and Sudan traded fresh accusations and Qatari mediators urged restraint.",
        &["SDN tension TCD"],
    );
    check(
        "Le Mali et le Niger s'affrontent avec le JNIM.",
        &["JNIM conflict MLI", "JNIM conflict NER"],
    );
}

/// Cutting supplies or aid ends them: tension, no support.
#[test]
fn cut_supplies_are_tension() {
    check("Algeria cut gas supplies to Morocco.", &["DZA tension MAR"]);
    check(
        "Le Nigeria a coupé les livraisons d'électricité au Niger.",
        &["NER tension NGA"],
    );
}

/// A person sent is a visit, not support; troops and arms sent are.
#[test]
fn a_person_sent_is_a_visit() {
    check(
        "Ankara a dépêché à Niamey son ministre des Affaires étrangères.",
        &[],
    );
    check("Turkey sent an envoy to Bamako.", &[]);
    check("Turkey sent troops to Bamako.", &["TUR support MLI"]);
}

/// Standing by, embedded troops, coast guards, inflicted losses.
#[test]
fn more_support_and_conflict_verbs() {
    check("China has stood firmly by Niamey.", &["CHN support NER"]);
    check(
        "Turkish advisers embedded with the Somali army train its commandos.",
        &["TUR support SOM"],
    );
    check(
        "L'Italie forme les garde-côtes libyens.",
        &["ITA support LBY"],
    );
    check(
        "Le JNIM a infligé de lourdes pertes à l'armée burkinabè.",
        &["BFA conflict JNIM"],
    );
}

/// Signing, then an agreement noun in the clause, is an alliance whatever
/// stands between (a day, a place, the partner); not a refused signature.
#[test]
fn signing_an_agreement_over_a_day_and_a_place() {
    check(
        "Le Niger et l'Iran ont signé jeudi à Téhéran un protocole de coopération énergétique.",
        &["IRN alliance NER"],
    );
    check(
        "Togo signed with Burkina Faso last week a transit agreement.",
        &["BFA alliance TGO"],
    );
    check("Le Tchad a refusé de signer le traité avec la Libye.", &[]);
}

/// A force present, stationed or based in a state, as one arriving; no one
/// else ("le président russe est présent au Mali").
#[test]
fn a_force_present_in_a_state() {
    check(
        "Des soldats turcs sont présents en Libye depuis 2020.",
        &["TUR support LBY"],
    );
    check(
        "Chinese troops based in Djibouti guard the port.",
        &["CHN support DJI"],
    );
    check("Le ministre russe est présent au Mali.", &[]);
}

/// A relative clause whose verb follows a date ("which in 2023 attacked")
/// still has its antecedent as subject.
#[test]
fn a_relative_clause_with_a_date() {
    check(
        "L'EIGS, qui depuis 2019 harcèle l'armée nigérienne, a revendiqué l'attaque.",
        &["ISSP conflict NER"],
    );
    check(
        "Chad, which in 2024 pulled its troops out of the MNJTF, denies any rift.",
        &["MNJTF tension TCD"],
    );
}

/// Prints how many known gaps pass now, and what the others give, so that
/// progress on the rules shows; it never fails.
#[test]
fn former_gaps_hold() {
    for &(text, expected) in FORMER_GAPS {
        assert_eq!(triples(text), normalise(expected), "in {text:?}");
    }
}

#[test]
fn known_gaps_progress() {
    let mut passing = 0;
    for &(text, expected) in KNOWN_GAPS {
        let got = triples(text);
        let want = normalise(expected);
        if got == want {
            passing += 1;
            println!("passes now: {text:?}");
        } else {
            println!("gap: {text:?}\n  expected {want:?}\n  actual   {got:?}");
        }
    }
    println!("known gaps: {passing} of {} pass now", KNOWN_GAPS.len());
}

/// A bare "member" takes only the actors beside it: "NATO member Turkey",
/// "ECOWAS members Nigeria and Ghana", "Turkey, a NATO member"; the
/// apposition leaves the next verb's subject as it was.
#[test]
fn members_named_beside_their_organisation() {
    check(
        "NATO member Turkey has sold drones to Mali.",
        &["TUR membership NATO", "TUR support MLI"],
    );
    check(
        "ECOWAS members Nigeria and Ghana pledged troops.",
        &["GHA membership ECOWAS", "NGA membership ECOWAS"],
    );
    check(
        "Turkey, a NATO member, sold drones to Niger.",
        &["TUR membership NATO", "TUR support NER"],
    );
    check(
        "The AES member states, Mali, Burkina Faso and Niger, left ECOWAS in January.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    // Not beside: the organisation's members are not named.
    check(
        "ECOWAS member states imposed sanctions on Niger.",
        &["ECOWAS tension NER"],
    );
}

/// States the two share ("sont en crise", "are locked in a rivalry"),
/// joint patrols and operations, an ambush laid by a group, "neutraliser"
/// fighters, a rift; and an alliance noun that a support verb funds is
/// what is given, its complement the receiver (and a partner too: the
/// patrols are joint with it).
#[test]
fn shared_states_joint_patrols_and_funded_alliances() {
    check(
        "Le Niger et le Bénin sont en crise depuis la fermeture de la frontière.",
        &["BEN tension NER"],
    );
    check(
        "Algeria and Morocco are locked in a bitter rivalry over Western Sahara.",
        &["DZA tension MAR"],
    );
    check(
        "La Mauritanie et le Sénégal mènent des patrouilles conjointes sur le fleuve.",
        &["MRT alliance SEN"],
    );
    check(
        "Nigeria and Cameroon have stepped up joint patrols along their border.",
        &["CMR alliance NGA"],
    );
    check(
        "Plusieurs soldats maliens ont été tués dans une embuscade tendue par le JNIM.",
        &["JNIM conflict MLI"],
    );
    check(
        "L'armée nigérienne dit avoir neutralisé une vingtaine de combattants de l'EIGS.",
        &["ISSP conflict NER"],
    );
    check(
        "The rift between Niamey and Paris widened after the ambassador's expulsion.",
        &["FRA tension NER"],
    );
    check(
        "L'Espagne finance des patrouilles conjointes avec les garde-côtes mauritaniens.",
        &["ESP alliance MRT", "ESP support MRT"],
    );
    // The comparison names no partner.
    check(
        "Russia has emerged as an alternative partner to France for Mali.",
        &[],
    );
}

/// "former": to form an organisation is to be its member, to form soldiers
/// is to train them; a treaty that founds a court founds it alone.
#[test]
fn forming_an_organisation_or_training_an_army() {
    check(
        "Les trois pays, qui forment l'Alliance des États du Sahel, ont quitté la CEDEAO.",
        &[],
    );
    check(
        "Le Mali, le Burkina Faso et le Niger, qui forment l'AES, ont quitté la CEDEAO.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Des instructeurs russes forment les soldats maliens à Bamako.",
        &["RUS support MLI"],
    );
    check(
        "Le Mali et le Niger ont annoncé leur retrait du Statut de Rome, le traité fondateur de la CPI.",
        &["ICC tension MLI", "ICC tension NER"],
    );
}

/// A list runs across a bare comma only when nothing trails its first
/// item: "après avoir quitté la CEDEAO en janvier, le Mali et le Niger"
/// has the subject after the comma; "FLA fighters and JNIM militants" is
/// one list.
#[test]
fn a_phrase_after_an_item_ends_its_list_at_a_comma() {
    check(
        "Après avoir quitté la CEDEAO en janvier, le Mali et le Niger ont critiqué la France.",
        &[
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "FRA tension MLI",
            "FRA tension NER",
        ],
    );
    check(
        "FLA fighters and JNIM militants ambushed a convoy of Malian soldiers.",
        &["FLA conflict MLI", "JNIM conflict MLI"],
    );
}

/// An opening apposition whose complement has a relative clause still has
/// the subject after it; "rejoint X au sein de Y" makes both members.
#[test]
fn opening_apposition_and_joining_a_partner_within() {
    check(
        "Fidèle alliée de Paris, qui y dispose d'une base, la Côte d'Ivoire inquiète ses voisins.",
        &["CIV alliance FRA"],
    );
    check(
        "Le Burkina Faso a rejoint le Mali et le Niger au sein de l'AES.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// An object relative after a comma ("the AU, which Morocco rejoined", "la
/// CEDEAO, que le Mali a quittée") has its antecedent for the cue's object;
/// the verb after the comma that closes it is the main clause's.
#[test]
fn object_relatives_and_the_verb_after_them() {
    check(
        "The Polisario holds a seat at the African Union, which Morocco rejoined in 2017.",
        &["MAR membership AU"],
    );
    check(
        "Mali, which Russia backs with instructors, criticised France.",
        &["FRA tension MLI", "RUS support MLI"],
    );
    check(
        "La CEDEAO, que le Mali a quittée en janvier, reste divisée.",
        &["ECOWAS tension MLI"],
    );
    check(
        "Le JNIM, que l'armée malienne combat depuis dix ans, a revendiqué l'attaque.",
        &["JNIM conflict MLI"],
    );
    // A subject relative, as before.
    check(
        "L'AES, qui regroupe le Mali et le Niger, a critiqué la CEDEAO.",
        &[
            "AES tension ECOWAS",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// "pushed back against Washington's claim" is a rebuttal, not a battle;
/// a condition ("as long as") opens a clause of its own.
#[test]
fn rebuttals_and_conditions() {
    check(
        "Nigeria pushed back against Washington's claim of a campaign against Christians.",
        &["NGA tension USA"],
    );
    check(
        "Abuja would welcome U.S. help in fighting insurgents as long as the country's sovereignty is respected.",
        &[],
    );
}

/// A headline's comma stands for "and": "Mali, Algeria trade accusations",
/// "Algeria, France in new row".
#[test]
fn headline_subjects_joined_by_a_comma() {
    check(
        "Mali, Algeria trade accusations over downed drone",
        &["DZA tension MLI"],
    );
    check(
        "Algeria, France in new row over expelled diplomats",
        &["DZA tension FRA"],
    );
    check(
        "Russia, Burkina Faso sign nuclear cooperation deal",
        &["BFA alliance RUS"],
    );
    // A sentence, not a headline: the comma is no "and".
    check(
        "Mali, Algeria said on Monday, traded accusations with its neighbour.",
        &[],
    );
}

/// A tie that goes bad (`tension:decline`) is a tension between its
/// sides, no alliance: "Mali's ties with Algeria have deteriorated", "les
/// relations du Mali avec l'Algérie se sont dégradées".
#[test]
fn ties_that_go_bad() {
    check(
        "Niger's relations with Benin have soured since the border closure.",
        &["BEN tension NER"],
    );
    check(
        "Mali's ties with Algeria have deteriorated sharply.",
        &["DZA tension MLI"],
    );
    check(
        "Les relations du Mali avec l'Algérie se sont fortement dégradées.",
        &["DZA tension MLI"],
    );
    check(
        "Le partenariat du Niger avec la France s'est dégradé.",
        &["FRA tension NER"],
    );
    // Not gone bad: the tie stands.
    check(
        "Mali's ties with Algeria have not soured.",
        &["DZA alliance MLI"],
    );
}

/// Diplomats and agents named by their rank: "le chargé d'affaires
/// algérien", "the French defence attaché", "Malian pilots", "the Central
/// African army"; a title's head word alone makes it one ("militaire" in
/// "attaché militaire" is no title: "soutien militaire aux trois régimes").
#[test]
fn ranks_of_diplomats_and_agents() {
    check(
        "Le Quai d'Orsay a convoqué le chargé d'affaires algérien.",
        &["DZA tension FRA"],
    );
    check(
        "Ouagadougou expelled the French defence attaché on Thursday.",
        &["BFA tension FRA"],
    );
    check(
        "Malian pilots are being trained by Russian instructors.",
        &["RUS support MLI"],
    );
    check(
        "Russian instructors are backing the Central African army.",
        &["RUS support CAF"],
    );
    check(
        "La Russie a annoncé son soutien militaire aux trois régimes militaires du Sahel : le Mali, le Burkina Faso et le Niger.",
        &["RUS support BFA", "RUS support MLI", "RUS support NER"],
    );
}

/// After an opening phrase's comma, a complement introduced by a marker
/// ("and by the EU") is no subject; a comma that closes a clause opened by
/// a boundary is no relative's.
#[test]
fn coordinated_agents_and_boundaries_before_a_participle() {
    check(
        "The force was backed by France, which saw it as useful, and by the European Union.",
        &[],
    );
    check(
        "Guinea has kept close ties with Bamako even though the country, suspended from ECOWAS since 2021, has not left the bloc.",
        &[
            "ECOWAS tension GIN",
            "GIN alliance MLI",
            "GIN membership ECOWAS",
        ],
    );
}

/// A plural description whose list follows it ("Les trois pays de l'AES,
/// le Mali, le Burkina Faso et le Niger,") stands for that list, and the
/// states of an organisation so described are its members; "l'UEMOA, dont
/// le Mali et le Niger restent membres" names members of the antecedent.
#[test]
fn members_named_by_description_and_by_dont() {
    check(
        "Les trois pays de l'AES, le Mali, le Burkina Faso et le Niger, ont quitté la CEDEAO.",
        &[
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Les économistes citent les règles de l'UEMOA, dont le Mali, le Burkina Faso et le Niger restent membres.",
        &[
            "BFA membership WAEMU",
            "MLI membership WAEMU",
            "NER membership WAEMU",
        ],
    );
    check(
        "Le Burkina Faso a annoncé son départ de la CEDEAO, dont la Côte d'Ivoire demeure l'un des membres les plus influents.",
        &["BFA tension ECOWAS", "CIV membership ECOWAS"],
    );
    // A genitive list is no apposed one.
    check(
        "Les juntes de Bamako, Ouagadougou et Niamey construisent la confédération.",
        &[],
    );
    // A passport stamped with a logo is not struck.
    check(
        "Le Mali et le Niger délivrent un passeport frappé du logo de l'AES.",
        &[],
    );
}

/// "the grouping", "la confédération" stand for an organisation; "end up"
/// ends nothing; an organisation set after a cue's comma names the pact.
#[test]
fn groupings_phrasal_verbs_and_named_pacts() {
    check(
        "Burkina Faso said it was leaving the G5 Sahel. The country accused the grouping of serving foreign interests.",
        &["BFA tension G5S"],
    );
    check(
        "Analysts said part of the hardware could end up in Burkina Faso and Niger.",
        &[],
    );
    check(
        "Mali and Niger signed a mutual defence pact, the Alliance of Sahel States, in Bamako.",
        &["MLI alliance NER"],
    );
}

/// "la junte", "the junta" stand only for states ruled by soldiers (a
/// `junta` line), found earlier in the article when none is named nearby;
/// a noun's possessor ("Mali's accusations") is no subject a coordinated
/// verb shares.
#[test]
fn juntas_and_possessors() {
    check(
        "Le Mali a arrêté un Français. Paris dément toute implication. Moscou, principal allié de la junte, n'a pas réagi.",
        &["MLI alliance RUS"],
    );
    check(
        "Algeria rejected Mali's accusations and condemned the junta's drone strike.",
        &["DZA tension MLI"],
    );
    // No state ruled by soldiers in sight: no guess.
    check(
        "France and Algeria traded barbs. Russia criticised the junta.",
        &["DZA tension FRA"],
    );
}

/// Partners of a state within an organisation are its members, both sides
/// ("Le Mali et le Burkina Faso, partenaires de Niamey au sein de l'AES");
/// "rely heavily on" is "rely on"; "sending soldiers" is support.
#[test]
fn partners_within_and_reliance() {
    check(
        "Le Mali et le Burkina Faso, partenaires de Niamey au sein de l'AES, ont adopté la même ligne.",
        &[
            "BFA alliance NER",
            "BFA membership AES",
            "MLI alliance NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Mali and Niger rely heavily on Russian military support.",
        &["RUS support MLI", "RUS support NER"],
    );
    check(
        "Hungary's parliament approved sending up to 200 soldiers to Chad.",
        &["HUN support TCD"],
    );
}

/// What a condemning verb condemns is a deed; the deed's author is the
/// verb's other side: "l'attaque du JNIM", "the JNIM attack", "the attack
/// by JNIM"; an attack on someone names no author.
#[test]
fn condemned_deeds_and_their_authors() {
    check(
        "Le secrétaire général de l'ONU a condamné les attaques du JNIM contre des convois civils.",
        &["JNIM tension UN"],
    );
    check(
        "France condemned the JNIM attack on the Malian army.",
        &["FRA tension JNIM", "JNIM conflict MLI"],
    );
    check(
        "The UN condemned the attack by JNIM on a convoy.",
        &["JNIM tension UN"],
    );
    check("Algeria condemned the attack on Mali.", &[]);
}

/// Rulers and leaders are a state's ("les dirigeants maliens", "Nigerien
/// rulers"); pausing aid ends it.
#[test]
fn rulers_and_paused_aid() {
    check(
        "Washington has paused assistance programmes benefiting the Nigerien government.",
        &["NER tension USA"],
    );
    check(
        "La CEDEAO a menacé les dirigeants nigériens de sanctions.",
        &["ECOWAS tension NER"],
    );
    check(
        "The bloc, which counts Nigeria and Ghana among its members, met in Abuja.",
        &[],
    );
    check(
        "ECOWAS, which counts Nigeria and Ghana among its members, met in Abuja.",
        &["GHA membership ECOWAS", "NGA membership ECOWAS"],
    );
}

/// A passive participle after a comma describes the noun before it
/// ("l'armée malienne, appuyée par Africa Corps"), not the clause's
/// subject; a verb right after a name's comma is its predicate, no
/// apposition ("le FLA, combattent ...").
#[test]
fn passive_participles_after_a_comma() {
    check(
        "Les rebelles combattent l'armée malienne, appuyée par les paramilitaires d'Africa Corps.",
        &["WAGNER support MLI"],
    );
    check(
        "Les rebelles, réunis au sein du FLA, combattent à Kidal l'armée malienne, appuyée par Africa Corps.",
        &["WAGNER support MLI"],
    );
    // An -ing participle still shares the subject.
    check(
        "The US imposed sanctions on Daglo, accusing his fighters of genocide.",
        &["RSF tension USA"],
    );
}

/// A full stop inside a sentence ends an abbreviation, no clause: "Mali
/// responded on Aug. 4 by severing", "le 3 janv. dernier", "U.S. forces".
#[test]
fn abbreviations_end_no_clause() {
    check(
        "Mali responded on Aug. 4 by severing diplomatic relations with Ukraine.",
        &["MLI tension UKR"],
    );
    check(
        "Le Niger a rompu le 3 janv. dernier avec la France.",
        &["FRA tension NER"],
    );
}

/// "laquelle" is a relative; "n'ont cessé de se dégrader" is no negation;
/// "l'AES, qui réunit le Mali et le Niger" names members.
#[test]
fn lequel_ceaseless_decline_and_reunion() {
    check(
        "La décision a provoqué la colère de l'Algérie, laquelle a rappelé son ambassadeur à Paris.",
        &["DZA tension FRA"],
    );
    check(
        "Les relations de Bamako avec Alger n'ont cessé de se dégrader.",
        &["DZA tension MLI"],
    );
    check(
        "L'AES, qui réunit le Burkina Faso, le Mali et le Niger, tient son sommet.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// "la junte" is the article's: the state ruled by soldiers most named so
/// far, even when another one was named last; "la fin de 2021" ends no tie.
#[test]
fn the_articles_junta_and_the_end_of_a_year() {
    check(
        "Le Mali accuse la France. Bamako dénonce Paris. Les soldats français ont rejoint le Niger voisin. Macron avait dénoncé la junte.",
        &["FRA tension MLI"],
    );
    check(
        "Depuis la fin de 2021, des paramilitaires du groupe Wagner sont déployés aux côtés de l'armée malienne.",
        &["WAGNER support MLI"],
    );
}

/// An opening "avec", "together with" names companions who share each
/// triple of the subject after its comma; "formée par" founds an
/// organisation; "forms" too.
#[test]
fn opening_companions_and_organisations_formed() {
    check(
        "Together with Mali and Burkina Faso, Niger now forms the Alliance of Sahel States.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Avec le Mali et le Niger, le Burkina Faso a quitté la CEDEAO.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "Le Sénégal n'envisage pas d'adhérer à l'AES, formée en 2023 par le Mali, le Burkina Faso et le Niger.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    // "Avec l'appui de ..." names no companion.
    check(
        "Avec l'appui de la Russie, l'armée malienne a repris Kidal.",
        &["RUS support MLI"],
    );
}

/// One's partners "de" an organisation are its fellow members, not its
/// allies: "le Mali et le Niger, ses partenaires de la Confédération".
#[test]
fn partners_of_an_organisation_are_members() {
    check(
        "Avec le Mali et le Niger, ses partenaires de la Confédération des États du Sahel, Ouagadougou a créé une banque commune.",
        &["MLI membership AES", "NER membership AES"],
    );
}

/// "Burkina Faso and Niger, Mali's partners in the AES": the list before
/// the comma are members too, and the possessor's allies.
#[test]
fn partners_named_with_an_english_possessor() {
    check(
        "Burkina Faso and Niger, Mali's partners in the AES, signed agreements with Moscow.",
        &[
            "BFA alliance MLI",
            "BFA alliance RUS",
            "BFA membership AES",
            "MLI alliance NER",
            "MLI membership AES",
            "NER alliance RUS",
            "NER membership AES",
        ],
    );
}

/// "The 15-member bloc" sentences after ECOWAS was named stands for it (an
/// organisation description takes the article's when none is near);
/// striking a state with sanctions is tension.
#[test]
fn the_articles_bloc_and_strikes_of_sanctions() {
    check(
        "ECOWAS leaders met in Abuja on Sunday. Nigeria's president chaired the summit. Many delegates spoke. The 15-member bloc threatened to use force against Niger.",
        &["ECOWAS tension NER"],
    );
    check(
        "La CEDEAO a frappé le Niger de lourdes sanctions.",
        &["ECOWAS tension NER"],
    );
    check(
        "Le Mali a frappé le JNIM près de Tombouctou.",
        &["JNIM conflict MLI"],
    );
}

/// Recalls "pour consultations", and the recall of ambassadors as a noun.
#[test]
fn recalls_for_consultations() {
    check(
        "Alger avait rappelé pour consultations ses ambassadeurs au Mali et au Niger.",
        &["DZA tension MLI", "DZA tension NER"],
    );
    check(
        "Le Mali a annoncé le rappel de l'ambassadeur en poste en Algérie.",
        &["DZA tension MLI"],
    );
}

/// "Mali's president thanked Russia for its support": the thanking
/// receiver, named before the cue with a title, is no person sent; "a
/// dépêché à Bamako son ministre" still is.
#[test]
fn a_titled_receiver_who_thanks() {
    check(
        "Mali's president thanked Russia for its support.",
        &["RUS support MLI"],
    );
    check(
        "Le président mauritanien a dépêché à Bamako son ministre de la Défense.",
        &[],
    );
}

/// States joined to the organisation a rupture leaves, with no comma
/// between, leave with the subject ("together with", "avec"); after a
/// comma an enumeration names the organisation's own, and a state after
/// "avec" with no organisation left is the rupture's other side.
#[test]
fn companions_leave_with_the_subject() {
    check(
        "Niger, which left ECOWAS in January together with Mali and Burkina Faso, is rebuilding its army.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "Le Niger a quitté la CEDEAO en janvier avec le Mali et le Burkina Faso.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
    check(
        "La CEDEAO, que le Mali a quittée avec le Niger, a tenu un sommet à Abuja.",
        &["ECOWAS tension MLI", "ECOWAS tension NER"],
    );
    check(
        "Le Niger a rompu avec la France en 2023.",
        &["FRA tension NER"],
    );
}

/// "ses deux partenaires de l'AES, le Burkina Faso et le Niger", "its
/// partners in the AES, Burkina Faso and Mali": the organisation the
/// partners belong to, then the partners, who are members; "partnerships
/// with ECOWAS, Nigeria and Ghana" names three partners.
#[test]
fn partners_named_after_their_organisation() {
    check(
        "Le Mali coordonne ses opérations avec ses deux partenaires de l'AES, le Burkina Faso et le Niger.",
        &[
            "BFA alliance MLI",
            "BFA membership AES",
            "MLI alliance NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Niger coordinates its operations with its partners in the AES, Burkina Faso and Mali.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Mali signed partnerships with ECOWAS, Nigeria and Ghana.",
        &[
            "ECOWAS alliance MLI",
            "GHA alliance MLI",
            "MLI alliance NGA",
        ],
    );
}

/// "la junte du général Tiani", "the government of President Tinubu": a
/// description's genitive complement may be a titled person, whose state
/// it names; "liens avec" is a tie, as "ties with".
#[test]
fn description_of_a_titled_person_and_french_ties() {
    check(
        "Le Mali accuse l'Algérie. La junte du général Abdourahamane Tiani a resserré ses liens avec le Burkina Faso.",
        &["BFA alliance NER", "DZA tension MLI"],
    );
    check(
        "Le Niger a rompu ses liens avec la France.",
        &["FRA tension NER"],
    );
}

/// Counted descriptions take any determiner: "those two countries, its
/// partners in the AES", "ces deux gouvernements".
#[test]
fn counted_descriptions_with_any_determiner() {
    check(
        "Niger left ECOWAS with Mali and Burkina Faso. It now coordinates its operations with those two countries, its partners in the Alliance of Sahel States.",
        &[
            "BFA alliance NER",
            "BFA membership AES",
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
            "MLI alliance NER",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}

/// Past a comma that follows the cue's own object, a name is its
/// complement only after a preposition or as the apposition that opens the
/// segment; an aside's subject ("a move Addis Ababa views with suspicion")
/// is no side.
#[test]
fn complement_past_the_object_and_a_comma() {
    check(
        "Cairo signed a defence pact with Mogadishu and sent two shipments of weapons, a move Addis Ababa views with suspicion.",
        &["EGY alliance SOM"],
    );
    check(
        "Russia delivered attack helicopters, including two Mi-24s, to Mali.",
        &["RUS support MLI"],
    );
    check(
        "JNIM said it carried out an attack in Bamako, Mali's capital.",
        &["JNIM conflict MLI"],
    );
}

/// "accuse Kigali d'entraîner et d'armer les rebelles", "accused Benin of
/// hosting and arming": the accused does what the infinitives after it
/// say, the coordinated ones too.
#[test]
fn the_accused_does_the_coordinated_infinitives() {
    check(
        "Gitega accuse Kigali d'entraîner et d'armer les rebelles de RED-Tabara.",
        &["BDI tension RWA", "RWA support REDTABARA"],
    );
    check(
        "Niamey accused Cotonou of hosting and arming the FPL.",
        &["BEN support FPL", "BEN tension NER"],
    );
}

/// "Burkina Faso, which seized power in 2022, has expelled French troops":
/// a relative or subordinate clause between commas, with the cue past its
/// closing comma, stands between the subject and its verb.
#[test]
fn subject_before_a_relative_clause_between_commas() {
    check(
        "Captain Ibrahim Traoré, who seized power in September 2022 promising to restore security, has expelled French troops.",
        &["BFA tension FRA"],
    );
    check(
        "Le Niger, qui a connu un coup d'État en 2023, a dénoncé l'accord avec les États-Unis.",
        &["NER tension USA"],
    );
    // So does a subordinate clause between commas.
    check(
        "Mali, Burkina Faso and Niger, where the insurgency began, left ECOWAS in January.",
        &[
            "BFA tension ECOWAS",
            "ECOWAS tension MLI",
            "ECOWAS tension NER",
        ],
    );
}

/// "troops to fight for Russia" helps Russia; "combat troops" is no fight.
#[test]
fn fighting_for_a_side_and_combat_troops() {
    check(
        "North Korea confirmed it had deployed combat troops to Russia.",
        &["PRK support RUS"],
    );
    check(
        "Des milliers de soldats nord-coréens combattent pour la Russie.",
        &["PRK support RUS"],
    );
}

/// "s'appuie désormais sur des instructeurs russes" receives support even
/// with a word inside the phrase; "a récusé" is no "reçu".
#[test]
fn reflexive_reliance_and_look_alike_verbs() {
    check(
        "La junte malienne s'appuie désormais sur des instructeurs russes.",
        &["RUS support MLI"],
    );
    check(
        "Le Mali a récusé toute compétence de la CEDEAO dans ce dossier.",
        &[],
    );
}

/// Prefix cues stop where their stem runs into other words once accents
/// fold away: "une dépêche", "la seconde fois", "Assistant Secretary",
/// "financial".
#[test]
fn prefix_cues_do_not_run_into_other_words() {
    check(
        "Selon une dépêche de l'AFP, le Niger et le Mali tiennent pour la seconde fois un sommet.",
        &[],
    );
    check(
        "US Assistant Secretary of State Molly Phee met Niger's prime minister in Niamey.",
        &[],
    );
    check(
        "La Russie a dépêché des instructeurs au Niger.",
        &["RUS support NER"],
    );
}

/// Working together on security is a tie: "coordinates its operations
/// with", "agreed to share intelligence", "partager des renseignements".
#[test]
fn coordination_and_intelligence_sharing() {
    check(
        "Niger now coordinates its counter-insurgency with Mali.",
        &["MLI alliance NER"],
    );
    check(
        "Le Niger et le Nigeria vont partager des renseignements.",
        &["NER alliance NGA"],
    );
}

/// "Botswana and Angola are SADC members", "are among the other SADC
/// members": a list before a copula, then the organisation and the member
/// noun. Not past a verb ("Niger said ECOWAS members had met").
#[test]
fn members_named_before_their_organisation() {
    check(
        "Botswana, Angola and Tanzania are among the other SADC members.",
        &[
            "AGO membership SADC",
            "BWA membership SADC",
            "TZA membership SADC",
        ],
    );
    check("Niger said ECOWAS members had met in Abuja.", &[]);
}

/// "le gouvernement de la Fédération de Russie", "ces mercenaires": a
/// description's complement after an article, and descriptions of armed
/// groups.
#[test]
fn described_governments_and_mercenaries() {
    check(
        "Ils affirment que le gouvernement de la Fédération de Russie apporte un soutien matériel au Mali.",
        &["RUS support MLI"],
    );
    check(
        "Le Mali dément l'arrivée du groupe Wagner. La France accuse ces mercenaires d'exactions.",
        &["FRA tension WAGNER"],
    );
}

/// Support withheld, paused or halted is a tension, an amount aside
/// ("paused $700 million in emergency economic aid to Sudan"); what comes
/// "from" an actor is its support to give ("with backing from the UAE").
#[test]
fn support_withheld_and_support_from() {
    check(
        "Washington paused $700 million in emergency economic aid to Sudan.",
        &["SDN tension USA"],
    );
    check(
        "The European Union has withheld 88 million euros in budget support for Ethiopia.",
        &["ETH tension EU"],
    );
    check(
        "Haftar's forces have waged an offensive since April with backing from the UAE and Egypt.",
        &["ARE support LNA", "EGY support LNA"],
    );
}

/// Phrasal verbs with "back" are no backing ("holds back on"); the UN as
/// a venue ("à la tribune de l'ONU") is no side.
#[test]
fn phrasal_back_and_the_un_as_a_venue() {
    check(
        "The African Union suspends Niger but holds back on the ECOWAS force.",
        &["AU tension NER", "NER membership AU"],
    );
    check(
        "Le Premier ministre malien a accusé la France, à la tribune de l'ONU, de l'avoir abandonné.",
        &["FRA tension MLI"],
    );
}

/// To worry about the other is a tension: "seriously concerned by
/// Beijing's conduct", "préoccupé par les mesures d'Alger".
#[test]
fn concern_and_bombardments() {
    check(
        "Tokyo said it was seriously concerned by Beijing's dangerous conduct.",
        &["CHN tension JPN"],
    );
    check(
        "Madrid s'est dit préoccupé par les mesures d'Alger.",
        &["DZA tension ESP"],
    );
}

/// "réadmis au sein de l'UA", "readmitted to the AU": membership; "au
/// sein de" is a locution, not a noun owned by the organisation.
#[test]
fn readmission_within_an_organisation() {
    check(
        "Le Maroc a été réadmis lundi au sein de l'Union africaine.",
        &["MAR membership AU"],
    );
    check(
        "Morocco was readmitted to the African Union.",
        &["MAR membership AU"],
    );
    check("Le Mali a admis que la situation était difficile.", &[]);
}

/// "Niamey has since moved closer to Moscow, which sent military
/// instructors": a giver named as the antecedent of a relative clause,
/// with no receiver in it, gives to the subject of the clause the
/// antecedent stands in; not to itself ("France, which sent troops in
/// 2013, has left Mali").
#[test]
fn implicit_receiver_of_a_relative_giver() {
    check(
        "Niamey has since moved closer to Moscow, which sent military instructors in April 2024.",
        &["NER alliance RUS", "RUS support NER"],
    );
    check(
        "Le Burkina Faso s'est tourné vers la Russie, qui a envoyé des instructeurs.",
        &["BFA alliance RUS", "RUS support BFA"],
    );
    check("France, which sent troops in 2013, has left Mali.", &[]);
}

/// "Washington, Israel's closest ally": a tie owned by a possessor, set
/// after a name's comma, ties the name to the possessor; not a list ("Mali,
/// Niger and Chad's allies" has no head before a comma of its own).
#[test]
fn a_name_then_its_possessors_tie() {
    check(
        "The vote angered Washington, Israel's closest ally.",
        &["ISR alliance USA"],
    );
    check(
        "Paris welcomed Abidjan, France's oldest partner.",
        &["CIV alliance FRA"],
    );
}

/// Listing the other as a terrorist or criminal body is a sanction:
/// "Washington designated Wagner a transnational criminal organisation".
#[test]
fn designation_as_a_terrorist_body() {
    check(
        "The United States, which designated Wagner a transnational criminal organisation in January, sanctioned Mali's defence minister.",
        &["MLI tension USA", "USA tension WAGNER"],
    );
    check("Ghana was designated to host the summit.", &[]);
}

/// "now grouped in the Alliance of Sahel States", "se sont regroupés au
/// sein de l'AES": grouping within an organisation is membership.
#[test]
fn grouped_within_an_organisation() {
    check(
        "Mali, Burkina Faso and Niger, now grouped in the Alliance of Sahel States, held a summit.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
    check(
        "Le Mali, le Burkina Faso et le Niger se sont regroupés au sein de l'AES.",
        &[
            "BFA membership AES",
            "MLI membership AES",
            "NER membership AES",
        ],
    );
}
