//! The question bank of a parsed assessment file (`content/assessment/<locale>.md`, written
//! like a module): each ```` ```quiz <pool> ```` block is a pool, its questions the pool's
//! questions. Attempts name questions by id alone, so the bank finds any of them by id.

use std::collections::BTreeMap;

use crate::content::{Block, Module, Pools, Question};

/// Every pool and question of an assessment file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bank {
    /// Pool id → its question ids, in the author's order.
    pub pools: Pools,
    questions: BTreeMap<String, Question>,
}

impl Bank {
    /// The pools and questions of `module`, an assessment file: every quiz block, in every
    /// step. A question id written in two pools is kept once, in the first (the checker
    /// reports the second).
    pub fn from_module(module: &Module) -> Self {
        let mut bank = Bank::default();
        let sets = module.steps.iter().flat_map(|step| &step.blocks);
        for block in sets {
            let Block::Quiz(set) = block else { continue };
            let pool = bank.pools.entry(set.id.clone()).or_default();
            for question in &set.questions {
                if !bank.questions.contains_key(&question.id) {
                    pool.push(question.id.clone());
                    bank.questions.insert(question.id.clone(), question.clone());
                }
            }
        }
        bank
    }

    /// The question `id`, in any pool.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_page;

    const FILE: &str = "+++\ntitle = \"Bilan\"\nsummary = \"S\"\nminutes = 5\n+++\n\n\
        ## Cas {#cas}\n\n```quiz cas\n### Un ? {#c1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n\n\
        ### Deux ? {#c2 .true-false}\n\n- [ ] Vrai\n- [x] Faux\n```\n\n\
        ## Droits {#droits}\n\n```quiz droits\n### Trois ? {#d1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n\n\
        ### Encore un ? {#c1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n```\n";

    fn bank() -> Bank {
        let parsed = parse_page("assessment/fr.md", "assessment", "fr", FILE);
        Bank::from_module(&parsed.module)
    }

    #[test]
    fn each_quiz_block_is_a_pool_of_its_question_ids_in_order() {
        let bank = bank();
        assert_eq!(bank.pools["cas"], ["c1", "c2"]);
        assert_eq!(bank.question("d1").map(|q| q.points), Some(1));
        assert!(bank.question("nope").is_none());
    }

    #[test]
    fn a_question_id_written_twice_stays_in_its_first_pool() {
        let bank = bank();
        assert_eq!(bank.pools["droits"], ["d1"]);
        assert!(bank.question("c1").unwrap().prompt.as_str().contains("Un"));
    }
}
