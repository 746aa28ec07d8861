/* build_iflet.c — `if let` / `while let` in the MIR builder (issue 22 item 4;
 * rustc: compiler/rustc_mir_build/src/builder/matches/mod.rs, lower_let_expr,
 * called by then_else_break for the condition of ExprKind::If). The parser
 * makes `if let P = e { A } else { B }` a match node flagged if_let (sema
 * checks it as `match e { P => A, _ => B }`); lower_if builds it as rustc
 * builds the if: the then-block made before the then-branch, the else-block
 * (the else drop tree's exit) after it, the join last. The scrutinee's
 * temporaries live to the end of the enclosing statement (edition 2021: the
 * condition of an if-let is no terminating scope). See build.h. */
#include "build.h"

BlockId lower_let_cond(Builder *b, BlockId bb, const AstExpr *e, int bind_scope)
{
	int ts, id = enter(b, &ts); /* the let expression's scope (THIR's Scope around ExprKind::Let) */
	PlaceId scrut;
	bb = mention_scrutinee(b, bb, e->lhs, &scrut);
	TypeId et = place_type(b->f, scrut);
	const AstPattern *pat = &e->arms[0].pats[0];
	/* `if let Some(Ok(x)) = r`, `while let Some(0) = ..`, a struct pattern `if let S { a: 0, .. } = s` */
	if (ast_arm_has_or(&e->arms[0])) /* or-patterns inside the pattern (`if let Some(1 | 2) = o`) */
		return leave(b, id, ts, lower_or_let(b, bb, scrut, &e->arms[0], bind_scope));
	if (e->arms[0].npats > 1) /* an or-pattern (issue 22 item 4: `if let E::A(x) | E::B(x) = e`) */
		return leave(b, id, ts, lower_nested_let_or(b, bb, scrut, &e->arms[0], bind_scope));
	if (!pat->enm || ast_pattern_nests(pat) || pat->enm->nvariants == 1 || e->arms[0].tops) /* (or a one-variant
	                                                          enum's, a range, a top binding: bind27) */
		return leave(b, id, ts, lower_nested_let(b, bb, scrut, &e->arms[0], bind_scope));
	BlockId then = variant_let_test(b, bb, scrut, et, pat->variant);
	bind_variant_pattern(b, then, bind_scope, &e->arms[0], scrut, et);
	return leave(b, id, ts, then);
}

/* The test of `if let` and `let`-`else` (flow40) for one variant of a multi-variant enum: its
 * discriminant into a temp of the enum's discriminant type (repr40), a switch to the variant's branch or
 * the otherwise block, whose exit break_for_else records. lower_match_tree: test_candidates makes the
 * remainder (the otherwise block) before the branch's block; the refutable candidate's false edge to a new
 * pre-binding block, returned, where the bindings go (bind_pattern). Which block then holds the else branch
 * is SimplifyCfg's doing: the else exit merged into the otherwise block, or the switch's target collapsed
 * to it (rustc 1.95's dumps). */
BlockId variant_let_test(Builder *b, BlockId bb, PlaceId scrut, TypeId et, int variant)
{
	LocalId discr = new_temp(b, adt_discr_type(adt_of(b->m, et)), 1);
	assign(b, bb, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = scrut}});
	BlockId otherwise = new_block(b), branch = new_block(b);
	switch_one(b, bb, op_move(pl(b, discr)), variant_switch_value(b, et, variant), branch, otherwise);
	BlockId then = new_block(b);
	false_edge(b, branch, then, GOTO_FALSE_EDGE);
	set_imaginary(b, branch, otherwise);
	break_for_else(b, otherwise);
	return then;
}
