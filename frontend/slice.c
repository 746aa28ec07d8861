/* slice.c — slices `&[T]` / `&mut [T]` (slice40, issue 22): the type `[T]` (ATY_SLICE, an id of
 * ast_array.c's table with length 0, only a reference's pointee), which elements a slice may have,
 * and the unsizing coercion of a reference to an array at a coercion site whose expected type is a
 * reference to a slice (rustc's coerce_unsized: `&a` -> `&*&a` -> `&[T]`, the MIR
 * `_7 = &(*_8); _6 = move _7 as &[u8] (PointerCoercion(Unsize, Implicit));`). Indexing, `len` and
 * `is_empty` are sema_typeck.c's and build_expr.c's hooks into this file's helpers. */
#include "ast.h"
#include "build.h"

AstType ast_slice_type(AstType elem)
{
	AstType t = ast_array_type(elem, 0); /* (elem, 0): no array has length 0 */
	t.kind = ATY_SLICE;
	return t;
}

/* The elements refused: those arrays refuse (futures, references, arrays), for the same reasons */
const char *slice_elem_refused(AstType elem)
{
	if (elem.kind == ATY_FN_FUTURE || elem.kind == ATY_BLOCK_FUTURE || elem.kind == ATY_YIELD_NOW)
		return "a slice of futures is not supported";
	if (ast_type_is_ref(elem))
		return "a slice of references is not supported";
	if (elem.kind == ATY_ARRAY || elem.kind == ATY_SLICE)
		return "a slice of arrays is not supported";
	return NULL;
}

/* The length of the slice place `base` for its bounds check, as rustc's len_of_slice_or_array: `_n =
 * PtrMetadata(copy _s)` when base is `(*_s)` of a Copy reference local (`&[T]`), else through a fake raw
 * borrow, `_p = &raw const (fake) base; _n = PtrMetadata(move _p)` (a `&mut [T]` must not be copied:
 * borrowck); the temporaries have no storage markers. Returns `move _n`. */
Operand slice_len_operand(Builder *b, BlockId bb, PlaceId base)
{
	const Place *p = &b->f->places[base];
	Operand ptr;
	if (p->nproj == 1 && b->f->projs[p->proj].kind == PROJ_DEREF &&
	    type_copy(b->m, b->f->locals[p->local].ty)) {
		ptr = op_copy(pl(b, p->local));
	} else {
		LocalId raw = new_temp(b, type_ptr(b->m, TY_RAWCONST, place_type(b->f, base)), 1);
		assign(b, bb, pl(b, raw), (Stmt){.rv = RV_REF, .op = REF_RAW_FAKE, .a = {.v = base}});
		ptr = op_move(pl(b, raw));
	}
	LocalId n = new_temp(b, TY_USIZE, 1);
	assign(b, bb, pl(b, n), (Stmt){.rv = RV_UNARY, .op = UN_PTR_METADATA, .a = ptr});
	return op_move(pl(b, n));
}
