/* ast_pattern.c — nested variant patterns (issue 22 item 4): `B::P(A::X(n))`,
 * `Some(E::A)`. A sub-pattern holds a binding, `_`, or a nested variant pattern;
 * the walks here visit them the way rustc's THIR visits a pattern (pre-order,
 * fields in the order written), which is the order bindings are made in. */
#include "ast.h"

void ast_pattern_each_binding(const AstPattern *pat, void (*f)(const AstSubPattern *sp, void *cx), void *cx)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->nested)
			ast_pattern_each_binding(sp->nested, f, cx);
		else if (sp->var)
			f(sp, cx);
	}
}

bool ast_pattern_nests(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].nested)
			return true;
	return false;
}

bool ast_match_nests(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].enm && ast_pattern_nests(&e->arms[i].pats[k]))
				return true;
	return false;
}
