//! Steps 3, 4 and 6, words given whole without a cue beside them: a block quotation after a
//! colon, a pull quote signed with a name, an embedded post signed with its author.

use super::direct::Intro;
use super::*;

impl Pass<'_> {
    /// A paragraph quoted without marks after a cue that ends the paragraph before with a
    /// colon, as saved pages render a block quotation: "Limbaugh added:" and then his words.
    ///
    /// Rule: `block.quote`.
    pub(super) fn block_quote(&mut self, para: Range<usize>) -> Option<Frame> {
        let k = para.start;
        if k == 0 || k >= para.end || self.v.toks[k].kind != Kind::Word || !self.v.toks[k - 1].is_punct(':') {
            return None;
        }
        let prev = self.v.para_of(k - 1);
        if prev.is_title || prev.boilerplate || self.claims.used[k - 1] {
            return None;
        }
        let content = k..para.end;
        if self.v.words_in(&content) < 5
            || content
                .clone()
                .any(|j| self.claims.used[j] || self.claims.in_content[j] || self.claims.in_claimed_quote(j))
        {
            return None;
        }
        // A paragraph that itself ends with a colon introduces what follows it.
        if self.v.toks[para.end - 1].is_punct(':') {
            return None;
        }
        // A verb of saying, not a colon after a clause about a person, which also introduces
        // lists and narration.
        let Intro {
            cue: v, np, inherit, ..
        } = self.cue_before(k, false)?;
        if self.claims.used[v] || self.v.toks[v].kind != Kind::Word {
            return None;
        }
        self.claims.use_cue(v);
        self.claims.mark_content(&content);
        let kind = self.claims.own_words_kind(&content);
        let attr = self.new_attr(Rule::BlockQuote, kind, vec![content], Some(v), np.as_ref(), k);
        Some(Frame { attr, np, inherit })
    }

    /// A pull quote signed with its speaker's name, as web pages set them: "I had no family
    /// here. Ana Ruiz" or "… backup. Rod Peters, Lake Cowichan mayor". The paragraph's last
    /// sentence is only a name (and perhaps a comma and a short role), with no closing stop;
    /// the sentences before it are what that person said. `sents` are the paragraph's.
    ///
    /// Rule: `signed.pull-quote`.
    pub(super) fn signed(&mut self, sents: Range<usize>) -> Option<Frame> {
        let last = self.v.seg.sents[sents.end - 1].toks.clone();
        let body = self.v.seg.sents[sents.start].toks.start..last.start;
        let toks = self.v.toks;
        // The name: two to four capitalized words, then nothing or ", role".
        let name_end = (last.start..last.end.min(last.start + 4))
            .find(|&j| !crate::phrase::is_cap_word(&toks[j]))
            .unwrap_or(last.end.min(last.start + 4));
        let words = name_end - last.start;
        let role_ok = name_end == last.end
            || (toks[name_end].is_punct(',')
                && last.end - name_end <= 7
                && (name_end + 1..last.end).all(|j| toks[j].kind == Kind::Word || toks[j].is_punct('.')));
        let stop = toks[last.end - 1].kind == Kind::Punct && matches!(toks[last.end - 1].ch, '.' | '!' | '?');
        if !(2..=4).contains(&words) || !role_ok || stop || toks[last.end - 1].is_punct('.') {
            return None;
        }
        // What was said ends with the stop of the sentence before the name.
        let mut end = body.end;
        if end > body.start && toks[end - 1].is_punct('.') {
            end -= 1;
        }
        let content = body.start..end;
        if self.v.words_in(&content) < 4
            || content
                .clone()
                .any(|j| self.claims.used[j] || self.claims.in_content[j] || self.claims.in_claimed_quote(j))
        {
            return None;
        }
        Some(self.signed_frame(Rule::SignedPullQuote, content, last.start..name_end))
    }

    /// The attribution of words signed with a name (a pull quote, a post): the speaker's own
    /// words, so `direct` unless a quotation inside makes them `mixed`, with no cue.
    pub(super) fn signed_frame(&mut self, rule: Rule, content: Range<usize>, name: Range<usize>) -> Frame {
        let np = Np {
            head: name.end - 1,
            toks: name,
            kind: Head::Name,
        };
        self.claims.mark_content(&content);
        let kind = self.claims.own_words_kind(&content);
        let pos = content.start;
        let attr = self.new_attr(rule, kind, vec![content], None, Some(&np), pos);
        Frame::new(attr, Some(np))
    }

    /// A quotation signed after a dash with its speaker's name, as readers' comments and
    /// testimonials are set: "“The plan ruins the harbour.” ― Carla Mendes" or "… — Tom Okafor,
    /// Riverside.". The quotation opens the paragraph; after its closing mark come a dash, two
    /// to four capitalized words, and at most a comma and a short place or role before the
    /// paragraph ends. `in_para` are the paragraph's quotations.
    ///
    /// Rule: `signed.dash`.
    pub(super) fn dash_signed(&mut self, para: Range<usize>, in_para: &[usize]) -> Option<Frame> {
        let toks = self.v.toks;
        let &ri = in_para.first()?;
        let r = &self.regions[ri];
        let c = r.close?;
        if r.open != para.start || r.single || self.claims.claimed[ri] || c + 3 > para.end {
            return None;
        }
        let dash = c + 1;
        if !(toks[dash].kind == Kind::Punct && crate::tokens::is_dash(toks[dash].ch)) {
            return None;
        }
        let hi = para.end;
        let name_end = (dash + 1..hi.min(dash + 5))
            .find(|&j| !crate::phrase::is_cap_word(&toks[j]))
            .unwrap_or(hi.min(dash + 5));
        let words = name_end - dash - 1;
        let rest = name_end..hi;
        let tail_ok = rest.is_empty()
            || (rest.len() == 1 && toks[name_end].is_punct('.'))
            || (toks[name_end].is_punct(',')
                && rest.len() <= 8
                && (name_end + 1..hi)
                    .all(|j| toks[j].kind == Kind::Word || toks[j].is_punct('.') || toks[j].is_punct(',')));
        if !(2..=4).contains(&words) || !tail_ok || r.words(toks) < 4 {
            return None;
        }
        let parts = r.parts.clone();
        self.claims.claim(ri);
        let np = Np {
            head: name_end - 1,
            toks: dash + 1..name_end,
            kind: Head::Name,
        };
        let attr = self.new_attr(
            Rule::SignedDash,
            (QuoteKind::Direct, Some(ri)),
            parts,
            None,
            Some(&np),
            r.open,
        );
        Some(Frame::new(attr, Some(np)))
    }

    /// A social-media post embedded in a page, signed after a dash with its author's name
    /// and handle: "Power will be out for days. pic.twitter.com/… — BC Hydro (@bchydro)
    /// December 22, 2018". What the post says runs from the paragraph's start to its links,
    /// around any attribution inside it.
    ///
    /// Rule: `signed.post`.
    pub(super) fn embedded_post(&mut self, para: Range<usize>) -> Option<Frame> {
        let toks = self.v.toks;
        let text = self.v.text;
        let (lo, hi) = (para.start, para.end);
        let dash = (lo + 1..hi)
            .rev()
            .take(16)
            .find(|&j| toks[j].kind == Kind::Punct && crate::tokens::is_dash(toks[j].ch))?;
        let name_end = (dash + 1..hi.min(dash + 6)).find(|&j| !crate::phrase::is_cap_word(&toks[j]))?;
        let handle = text[toks[name_end - 1].end..toks[hi - 1].end]
            .trim_start()
            .starts_with("(@");
        if name_end == dash + 1 || !toks[name_end].is_punct('(') || !handle {
            return None;
        }
        // The post's words end before its links and the hashtag glued to them.
        let body = &text[toks[lo].start..toks[dash].start];
        let link = ["http", "pic.twitter.com"].iter().filter_map(|l| body.find(l)).min();
        let mut cut = toks[lo].start + link.unwrap_or(body.len());
        let before = text[toks[lo].start..cut].trim_end();
        let last_word = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        cut = toks[lo].start
            + if before[last_word..].starts_with('#') {
                last_word
            } else {
                before.len()
            };
        let end = (lo..dash).find(|&j| toks[j].end > cut).unwrap_or(dash);
        // A page's markup around the post ("<tweet id=…>") is not part of it.
        let start = if toks[lo].is_punct('<') {
            (lo..end).find(|&j| toks[j].is_punct('>')).map_or(lo, |j| j + 1)
        } else {
            lo
        };
        let content = start..end;
        if self.v.words_in(&content) < 3 || self.claims.used[dash] {
            return None;
        }
        Some(self.signed_frame(Rule::SignedPost, content, dash + 1..name_end))
    }
}
