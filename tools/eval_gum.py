#!/usr/bin/env python3
"""Scores the core's actors against GUM's gold entities and coreference.

    python3 tools/eval_gum.py CLI GUM_SPLIT.jsonl

Prints, for the gold named mentions of people, organizations and places (a PROPN head):
how many the actors cover and how many of those get the right kind; for third-person
pronouns and definite descriptions that GUM links to an earlier named mention: how many the
actors link, and how many of those to the right entity. `./x eval` runs it on GUM's dev and
test splits when they are present; the texts stay outside the repository.
"""
import json
import subprocess
import sys

KINDS = {'person': 'person', 'organization': 'organization', 'place': 'place'}
# Our kinds as GUM's: anonymous sources and groups are people.
OURS = {'person': 'person', 'anonymous': 'person', 'group': 'person',
        'organization': 'organization', 'place': 'place'}
PRONOUNS = {'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs', 'it', 'its'}
DEFINITE = {'the', 'this', 'that', 'these', 'those'}


def annotate(cli, docs):
    lines = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in docs)
    out = subprocess.run([cli, 'annotate', '--quiet', '--jsonl', '-'], input=lines,
                         capture_output=True, text=True, check=True).stdout
    return {json.loads(l)['id']: json.loads(l) for l in out.splitlines()}


def inside(a, b):
    """Whether span a lies inside span b."""
    return b[0] <= a[0] and a[1] <= b[1]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(cli, path):
    docs = [json.loads(l) for l in open(path, encoding='utf-8')]
    pred = annotate(cli, docs)
    c = dict(named=0, covered=0, typed=0, ana=0, ana_linked=0, ana_right=0,
             desc=0, desc_linked=0, desc_right=0, spurious=0, ours=0)
    for d in docs:
        p = pred[d['id']]
        toks, ents, text = d['tokens'], d['entities'], d['text']
        # Each of our mentions with its actor.
        mention_of = [(tuple(m), a) for a in p['actors'] for m in a['mentions']]
        named_gold = [e for e in ents if toks[e['head_token']]['upos'] == 'PROPN' and e['type'] in KINDS]
        for e in named_gold:
            head = toks[e['head_token']]
            hit = [(m, a) for m, a in mention_of if inside(head['span'], m)]
            # A name inside a longer name that our mention also covers ("Newfoundland" in
            # "Newfoundland Court of Appeal") is scored with the longer one.
            if hit and any(o is not e and inside(e['span'], o['span']) and o['span'] != e['span']
                           and inside(toks[o['head_token']]['span'], hit[0][0]) for o in named_gold):
                continue
            c['named'] += 1
            if hit:
                c['covered'] += 1
                c['typed'] += OURS.get(hit[0][1]['kind']) == e['type']
        # Our capitalized mentions that name no gold person, organization or place.
        for m, a in mention_of:
            word = text[m[0]:m[1]]
            if not word[:1].isupper() or word.lower() in PRONOUNS:
                continue
            c['ours'] += 1
            if not any(overlaps(m, toks[e['head_token']]['span']) for e in named_gold):
                c['spurious'] += 1
        # Pronouns and descriptions whose gold cluster has an earlier named mention.
        for e in ents:
            words = text[e['span'][0]:e['span'][1]].lower().split()
            cluster = d['clusters'][e['cluster']]['mentions']
            earlier = [ents[i] for i in cluster
                       if ents[i]['span'][1] <= e['span'][0] and toks[ents[i]['head_token']]['upos'] == 'PROPN']
            if not earlier or e['type'] not in KINDS:
                continue
            if len(words) == 1 and words[0] in PRONOUNS:
                kind = 'ana'
            elif len(words) >= 2 and words[0] in DEFINITE and toks[e['head_token']]['upos'] == 'NOUN':
                kind = 'desc'
            else:
                continue
            c[kind] += 1
            linked = [a for m, a in mention_of if inside(toks[e['head_token']]['span'], m)]
            if not linked:
                continue
            c[kind + '_linked'] += 1
            c[kind + '_right'] += any(overlaps(s, g['span']) for s in linked[0]['mentions'] for g in earlier)
    return c


def ratio(a, b):
    return f'{a / b:.3f}' if b else 'n/a'


def main():
    cli, path = sys.argv[1], sys.argv[2]
    c = score(cli, path)
    print(f"named mentions: {c['named']}; covered {ratio(c['covered'], c['named'])}; "
          f"typing accuracy {ratio(c['typed'], c['covered'])}; "
          f"our capitalized mentions naming no gold person, organization or place {ratio(c['spurious'], c['ours'])}")
    print(f"pronouns with a named antecedent: {c['ana']}; linked {ratio(c['ana_linked'], c['ana'])}; "
          f"right {ratio(c['ana_right'], c['ana_linked'])}")
    print(f"definite descriptions with a named antecedent: {c['desc']}; linked {ratio(c['desc_linked'], c['desc'])}; "
          f"right {ratio(c['desc_right'], c['desc_linked'])}")
    print(f"SUMMARY typing_acc={ratio(c['typed'], c['covered'])} named_coverage={ratio(c['covered'], c['named'])} "
          f"pronoun_acc={ratio(c['ana_right'], c['ana_linked'])} description_acc={ratio(c['desc_right'], c['desc_linked'])}")


if __name__ == '__main__':
    main()
