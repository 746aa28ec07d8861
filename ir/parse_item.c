/* parse_item.c — struct and enum items of the textual IR (issue 22): what
 * print.c writes for every struct and enum a module's bodies use (items of the
 * source, core's Option/Result instances, `?`'s ControlFlow and residuals):
 *
 *   #[layout(size 12, align 4, offsets [0, 4, 8])]
 *   struct Pair { a: u32, g: Guard, b: bool }
 *   #[layout(size 2, align 1, niche u8 at 0 = 2 for None to None, untagged Some, offsets [None: [], Some: [0]])]
 *   enum Option<Option<u8>> { None, Some(Option<u8>) }
 *
 * The pre-scan registers every item's TY_ADT by name (so that a type may name an
 * item declared later, behind a reference); an item is defined where it appears,
 * after the items it holds by value (the printer's order: Module.adts, where the
 * frontend defines held types first). The layout is recomputed from the fields
 * (type_struct_define / type_enum_define: rustc's univariant and layout_of_enum)
 * and every fact of the `#[layout(..)]` attribute is checked against it: a file
 * whose layout contradicts its items is a located error, never a wrong answer
 * (issue 23). The attribute is optional (hand-written files may leave it out).
 * See DESIGN.md, Text grammar, Items. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

enum { MAX_VARIANTS = 256, MAX_FIELDS = 0x10000 };

TypeId item_type(P *p, const char *name)
{
	return type_lookup(p->m, (Type){.kind = TY_ADT, .text = name});
}

void prescan_item(P *p)
{
	next(p); /* struct | enum */
	char *name;
	if (parse_type_text(p, &name) < 0)
		return;
	if (item_type(p, name) == NO_ID)
		type_adt(p->m, name);
}

/* The layout attribute's facts, as written, with the position of each for its error */
typedef struct Facts {
	int given, line, col;
	uint32_t size, align;
	int tag_line, tag_col;
	int niche; /* 0: `tag` (TagEncoding::Direct), 1: `niche` */
	int tag_none; /* `tag none`: a one-variant enum, laid out as a struct (no tag) */
	uint32_t tag_size, tag_off;
	uint64_t niche_value;
	uint32_t niche_first, niche_last, untagged;
	const char *first_name, *last_name, *untagged_name;
	uint32_t noffsets;    /* struct: offsets; enum: variants */
	uint32_t **offsets;   /* per variant (struct: [0]) */
	uint32_t *noffs;      /* per variant */
	const char **vnames;  /* enum: the variant names of the offset lists */
	int *off_line, *off_col;
	int repr_line, repr_col; /* clone39: `#[repr(C)]`'s `#` (0: none) */
	uint8_t repr_c, repr_int; /* repr40: `C` named; an enum's primitive repr (TY_U8 .. TY_ISIZE; 0: none) */
} Facts;

static int parse_tag_type(P *p, uint32_t *size)
{
	if (is_id(p, "u8") || is_id(p, "u16") || is_id(p, "u32") || is_id(p, "u64")) {
		*size = (uint32_t)atoi(p->t.s + 1) / 8;
		next(p);
		return 0;
	}
	return unexpected(p, "expected the tag type u8, u16, u32 or u64");
}

static int parse_u64(P *p, uint64_t *out, const char *what)
{
	if (p->t.kind != T_INT || p->t.suf) {
		char buf[128];
		snprintf(buf, sizeof buf, "expected %s", what);
		return unexpected(p, buf);
	}
	if (p->t.ovf)
		return ERR("number %.*s is too large for %s", (int)p->t.n, p->t.s, what);
	*out = p->t.val;
	next(p);
	return 0;
}

/* `[N, N, ...]` into a scratch array */
static int parse_offsets(P *p, uint32_t **out, uint32_t *n)
{
	TRY(expect_p(p, "[", "before the field offsets"));
	uint32_t *v = NULL, cap = 0;
	*n = 0;
	while (!is_p(p, "]")) {
		if (*n)
			TRY(expect_p(p, ",", "between field offsets"));
		uint32_t x;
		TRY(parse_u32(p, &x, "a field offset"));
		if (*n >= MAX_FIELDS)
			return ERR("too many field offsets");
		*VEC_PUSH(p->tmp, v, *n, cap) = x;
	}
	next(p);
	*out = v;
	return 0;
}

/* '#' '[' 'layout' '(' 'size' INT ',' 'align' INT [',' tag] ',' 'offsets' offsets ')' ']'
 * tag := 'tag' 'none' | 'tag' UTY 'at' INT | 'niche' UTY 'at' INT '=' INT 'for' IDENT 'to' IDENT ',' 'untagged' IDENT
 * offsets := '[' [INT (',' INT)*] ']'                          -- a struct: per field, in order
 *          | '[' IDENT ':' '[' .. ']' (',' IDENT ':' '[' .. ']')* ']'   -- an enum: per variant */
static int parse_facts(P *p, Facts *fx, int line, int col)
{
	fx->given = 1;
	fx->line = line, fx->col = col;
	TRY(expect_id(p, "layout", "in `#[layout(..)]`: the only attribute of an item besides `#[derive(Clone, Copy)]`"));
	TRY(expect_p(p, "(", "after `layout`"));
	TRY(expect_id(p, "size", "at the start of a layout"));
	TRY(parse_u32(p, &fx->size, "the size"));
	TRY(expect_p(p, ",", "after the size"));
	TRY(expect_id(p, "align", "after the size"));
	TRY(parse_u32(p, &fx->align, "the alignment"));
	TRY(expect_p(p, ",", "after the alignment"));
	fx->tag_line = p->t.line, fx->tag_col = p->t.col;
	fx->untagged = NO_ID;
	if (is_id(p, "tag") || is_id(p, "niche")) {
		fx->niche = is_id(p, "niche");
		next(p);
		if (!fx->niche && is_id(p, "none")) { /* a one-variant enum */
			next(p);
			fx->tag_none = 1;
			TRY(expect_p(p, ",", "after the tag"));
			goto offsets;
		}
		TRY(parse_tag_type(p, &fx->tag_size));
		TRY(expect_id(p, "at", "after the tag type"));
		TRY(parse_u32(p, &fx->tag_off, "the tag offset"));
		if (fx->niche) {
			TRY(expect_p(p, "=", "after the niche's offset"));
			TRY(parse_u64(p, &fx->niche_value, "the niche's first value"));
			TRY(expect_id(p, "for", "after the niche's value"));
			TRY(parse_ident(p, &fx->first_name, "a variant name"));
			TRY(expect_id(p, "to", "between the niche's variants"));
			TRY(parse_ident(p, &fx->last_name, "a variant name"));
			TRY(expect_p(p, ",", "after the niche's variants"));
			TRY(expect_id(p, "untagged", "after the niche's variants"));
			TRY(parse_ident(p, &fx->untagged_name, "a variant name"));
		}
		TRY(expect_p(p, ",", "after the tag"));
	}
offsets:
	TRY(expect_id(p, "offsets", "in a layout"));
	if (is_p(p, "[") && (fx->tag_size || fx->tag_none)) {
		next(p);
		uint32_t cap = 0, cap2 = 0, cap3 = 0, cap4 = 0, cap5 = 0, n2 = 0, n3 = 0, n4 = 0, n5 = 0;
		while (!is_p(p, "]")) {
			if (fx->noffsets)
				TRY(expect_p(p, ",", "between variants"));
			if (fx->noffsets >= MAX_VARIANTS + 1)
				return ERR("too many variants");
			*VEC_PUSH(p->tmp, fx->off_line, n4, cap4) = p->t.line;
			*VEC_PUSH(p->tmp, fx->off_col, n5, cap5) = p->t.col;
			const char *vn;
			TRY(parse_ident(p, &vn, "a variant name"));
			TRY(expect_p(p, ":", "after the variant name"));
			uint32_t *o, n;
			TRY(parse_offsets(p, &o, &n));
			*VEC_PUSH(p->tmp, fx->vnames, fx->noffsets, cap) = vn;
			*VEC_PUSH(p->tmp, fx->offsets, n2, cap2) = o;
			*VEC_PUSH(p->tmp, fx->noffs, n3, cap3) = n;
		}
		next(p);
	} else {
		fx->off_line = arena_alloc(p->tmp, sizeof *fx->off_line);
		fx->off_col = arena_alloc(p->tmp, sizeof *fx->off_col);
		fx->off_line[0] = p->t.line, fx->off_col[0] = p->t.col;
		fx->offsets = arena_alloc(p->tmp, sizeof *fx->offsets);
		fx->noffs = arena_alloc(p->tmp, sizeof *fx->noffs);
		TRY(parse_offsets(p, &fx->offsets[0], &fx->noffs[0]));
		fx->noffsets = 1;
	}
	TRY(expect_p(p, ")", "to close `layout(..)`"));
	TRY(expect_p(p, "]", "to close the attribute"));
	return 0;
}

/* Field types an item may hold by value: sized now (every item it holds already
 * defined) and inhabited. NULL when t is fine, else what is wrong with it. */
static const char *held_problem(P *p, TypeId t, TypeId self, const char **adt)
{
	const Type *ty = type_get(p->m, t);
	switch (ty->kind) {
	case TY_NEVER: return "the never type";
	case TY_CORO: return "a coroutine";
	case TY_CONTEXT: return "Context<'_>";
	case TY_ARRAY:
	case TY_POLL: return held_problem(p, ty->a, self, adt);
	case TY_TUPLE: {
		const char *w = held_problem(p, ty->a, self, adt);
		return w ? w : held_problem(p, ty->b, self, adt);
	}
	case TY_ADT: {
		const Adt *a = adt_of(p->m, t);
		*adt = a->name;
		if (t == self)
			return "itself";
		return a->defined ? NULL : "undefined";
	}
	default: return NULL;
	}
}

/* field := IDENT ':' type (named) | type (positional), checked as held by value */
static int parse_field(P *p, TypeId self, const char *item, int named, uint32_t n, NameMap *seen,
		       const char **name, TypeId *ty)
{
	*name = NULL;
	if (named) {
		int line = p->t.line, col = p->t.col;
		TRY(parse_ident(p, name, "a field name"));
		if (namemap_add(seen, *name, 1)) /* a hash of the names so far: a scan of them was N^2 (hunt26) */
			return err_at(p, line, col, "field %s of %s is declared twice", *name, item);
		TRY(expect_p(p, ":", "after the field name"));
	}
	int line = p->t.line, col = p->t.col;
	TRY(parse_type(p, ty));
	const char *adt = NULL, *w = held_problem(p, *ty, self, &adt);
	if (w && strcmp(w, "itself") == 0)
		return err_at(p, line, col, "recursive type %s holds itself without indirection", item);
	if (w && strcmp(w, "undefined") == 0)
		return err_at(p, line, col, "%s holds %s by value before its item (recursive without indirection, or out of order)",
			      item, adt);
	if (w)
		return err_at(p, line, col, "a field of %s cannot hold %s", item, w);
	if (n >= MAX_FIELDS)
		return err_at(p, line, col, "too many fields");
	return 0;
}

/* the fields up to the closing bracket; seen: the names so far */
static int parse_field_list(P *p, TypeId self, const char *item, int named, uint32_t *n, TypeId **types,
			    const char ***names, NameMap *seen)
{
	const char *close = named ? "}" : ")";
	uint32_t cap = 0, cap2 = 0, n2 = 0;
	while (!is_p(p, close)) {
		if (*n) {
			TRY(expect_p(p, ",", "between fields"));
			if (is_p(p, close))
				break;
		}
		const char *nm;
		TypeId t;
		TRY(parse_field(p, self, item, named, *n, seen, &nm, &t));
		*VEC_PUSH(p->tmp, *names, n2, cap2) = nm;
		*VEC_PUSH(p->tmp, *types, *n, cap) = t;
	}
	next(p);
	return 0;
}

/* A variant's or struct's fields after its name: `{ a: T, .. }`, `(T, ..)` or nothing.
 * *named: 1 braces, 0 parentheses, -1 none. */
static int parse_fields(P *p, TypeId self, const char *item, int *named, uint32_t *n, TypeId **types,
			const char ***names)
{
	*n = 0;
	*types = NULL;
	*names = NULL;
	*named = is_p(p, "{") ? 1 : is_p(p, "(") ? 0 : -1;
	if (*named < 0)
		return 0;
	next(p);
	NameMap seen = {0};
	int rc = parse_field_list(p, self, item, *named, n, types, names, &seen);
	namemap_free(&seen);
	return rc;
}

/* The spelling the frontend gives core's instance of these variants (prelude_enum.c):
 * `Option<T>`, `Result<T, E>`, `ControlFlow<B, C>` (Continue(C) first), an
 * uninhabited variant's argument `Infallible` (`?`'s residuals). Malloc'd. */
static char *core_name(const Module *m, int k, const uint32_t *nf, TypeId *const *ft)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (!out)
		internal_error("open_memstream failed");
	static const int order[3][2] = {{1, -1}, {0, 1}, {1, 0}};
	fputs(core_enum_prefix(k), out);
	for (int i = 0; i < 2 && order[k][i] >= 0; i++) {
		int v = order[k][i];
		fputs(i ? ", " : "", out);
		if (nf[v] == 1)
			type_print(m, ft[v][0], out);
		else
			fputs("Infallible", out);
	}
	fputc('>', out);
	fclose(out);
	return text;
}

static int check_offsets(P *p, const Facts *fx, uint32_t i, const char *what, uint32_t n, const uint32_t *want)
{
	if (fx->noffs[i] != n)
		return err_at(p, fx->off_line[i], fx->off_col[i], "layout of %s: %u field offsets given, it has %u fields",
			      what, (unsigned)fx->noffs[i], (unsigned)n);
	for (uint32_t f = 0; f < n; f++)
		if (fx->offsets[i][f] != want[f])
			return err_at(p, fx->off_line[i], fx->off_col[i],
				      "layout of %s: field %u at offset %u, its fields put it at %u", what, (unsigned)f,
				      (unsigned)fx->offsets[i][f], (unsigned)want[f]);
	return 0;
}

/* Every fact given against the layout recomputed from the fields */
static int check_facts(P *p, const Facts *fx, const Adt *a)
{
	if (!fx->given)
		return 0;
	if (fx->size != a->size || fx->align != a->align)
		return err_at(p, fx->line, fx->col, "layout of %s: size %u, align %u given, its fields make size %u, align %u",
			      a->name, (unsigned)fx->size, (unsigned)fx->align, (unsigned)a->size, (unsigned)a->align);
	if (!a->enum_defined) {
		if (fx->tag_size || fx->tag_none)
			return err_at(p, fx->tag_line, fx->tag_col, "layout of struct %s: a struct has no tag", a->name);
		if (fx->noffsets != 1)
			return err_at(p, fx->off_line[0], fx->off_col[0], "layout of struct %s: one offset list expected",
				      a->name);
		return check_offsets(p, fx, 0, a->name, a->variants[0].nfields, a->offsets);
	}
	if (fx->tag_none != (a->tag_size == 0))
		return err_at(p, fx->tag_line, fx->tag_col, fx->tag_none
			      ? "layout of enum %s: `tag none` given, its variants make a tag"
			      : "layout of enum %s: its tag (`tag`, `niche`, or `tag none` for one variant) is missing",
			      a->name);
	if (fx->niche != a->tag_niche)
		return err_at(p, fx->tag_line, fx->tag_col, "layout of enum %s: %s given, its variants make %s", a->name,
			      fx->niche ? "a niche" : "a direct tag", a->tag_niche ? "a niche" : "a direct tag");
	if (fx->tag_size != a->tag_size || fx->tag_off != a->tag_off)
		return err_at(p, fx->tag_line, fx->tag_col, "layout of enum %s: %s u%u at %u given, its variants make u%u at %u",
			      a->name, fx->niche ? "niche" : "tag", (unsigned)fx->tag_size * 8, (unsigned)fx->tag_off,
			      (unsigned)a->tag_size * 8, (unsigned)a->tag_off);
	if (fx->niche) {
		const char *fst = a->variants[a->niche_first].name, *lst = a->variants[a->niche_last].name;
		const char *unt = a->variants[a->untagged].name;
		if (fx->niche_value != a->niche_value || strcmp(fx->first_name, fst) != 0 ||
		    strcmp(fx->last_name, lst) != 0 || strcmp(fx->untagged_name, unt) != 0)
			return err_at(p, fx->tag_line, fx->tag_col,
				      "layout of enum %s: niche = %llu for %s to %s, untagged %s given, its variants make = %llu "
				      "for %s to %s, untagged %s",
				      a->name, (unsigned long long)fx->niche_value, fx->first_name, fx->last_name,
				      fx->untagged_name, (unsigned long long)a->niche_value, fst, lst, unt);
	}
	if (fx->noffsets != a->nvariants)
		return err_at(p, fx->off_line[0], fx->off_col[0], "layout of enum %s: %u variants given, it has %u",
			      a->name, (unsigned)fx->noffsets, (unsigned)a->nvariants);
	for (uint32_t v = 0; v < a->nvariants; v++) {
		if (strcmp(fx->vnames[v], a->variants[v].name) != 0)
			return err_at(p, fx->off_line[v], fx->off_col[v], "layout of enum %s: expected variant %s, found %s",
				      a->name, a->variants[v].name, fx->vnames[v]);
		char what[600];
		snprintf(what, sizeof what, "%s::%s", a->name, a->variants[v].name);
		TRY(check_offsets(p, fx, v, what, a->variants[v].nfields, a->variant_offsets[v]));
	}
	return 0;
}

/* items30: whether name is a path of identifier and `{closure#N}` segments ending in an identifier
 * (the parser's path_text took its segments) */
static int item_path(const char *name)
{
	const char *last = strrchr(name, ':');
	if (!last || last[1] == '{' || last[1] == 0)
		return 0;
	for (const char *s = name; *s; s++)
		if (*s == '{' && strncmp(s, "{closure#", 9) != 0)
			return 0;
	return 1;
}

/* items31: name with its path's angle groups (`<S as T>` first, `<impl S>` after a `::`) written
 * `{closure#0}`, for item_path: such a group is a segment, never the last */
static const char *angles_as_segments(P *p, const char *name)
{
	size_t n = strlen(name);
	char *out = arena_alloc(p->tmp, n * 11 + 1), *o = out; /* `<>` at worst: 11 bytes for 2 */
	for (const char *s = name; *s;) {
		if (*s == '<' && (s == name || (s - name >= 2 && s[-1] == ':' && s[-2] == ':'))) {
			int depth = 0;
			for (; *s; s++) {
				depth += *s == '<' ? 1 : *s == '>' ? -1 : 0;
				if (depth == 0) {
					s++;
					break;
				}
			}
			memcpy(o, "{closure#0}", 11);
			o += 11;
		} else {
			*o++ = *s++;
		}
	}
	*o = 0;
	return out;
}

/* The item's name and its TY_ADT (registered by the pre-scan), not yet defined */
static int item_header(P *p, const char *kw, char **name, TypeId *t)
{
	next(p); /* struct | enum */
	int line = p->t.line, col = p->t.col;
	if (p->t.kind != T_IDENT && !is_p(p, "<"))
		return unexpected(p, "expected an item name");
	TRY(parse_type_text(p, name));
	int core = core_enum_index(*name);
	int range = kw[0] == 's' && (strncmp(*name, "Range<", 6) == 0 || strncmp(*name, "RangeInclusive<", 15) == 0);
	if (name_type_args(*name) && (core < 0 || kw[0] == 's') && !range) /* for40: core's range structs */
		return err_at(p, line, col, core < 0 ? "generic item %s: only core's Option, Result and ControlFlow are"
						       " generic in the subset" : "%s is core's enum, not a struct",
			      *name);
	/* items30: a type item of a fn body is named by its path, `outer::{closure#0}::S`; items31: of a
	 * trait impl's fn, `<S as T>::m::In`, of a non-local impl's, `f::<impl S>::m::In` */
	const char *segs = name_type_args(*name) ? NULL : angles_as_segments(p, *name);
	if (segs && (strpbrk(segs, "&*[(!<>, ") || (strpbrk(segs, ":{") && !item_path(segs))))
		return err_at(p, line, col, "%s is not an item name", *name);
	static const char *const builtin[] = {"bool", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64",
					      "isize", "char", "YieldNow", "Guard", "ResumeTy", "Context", "Poll", "Pin"};
	for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
		if (strcmp(*name, builtin[i]) == 0)
			return err_at(p, line, col, "%s %s: the name of a builtin type", kw, *name);
	*t = item_type(p, *name);
	if (*t == NO_ID) /* not seen by the pre-scan (text before it was malformed) */
		*t = type_adt(p->m, *name);
	if (adt_of(p->m, *t)->defined)
		return err_at(p, line, col, "%s %s is defined twice", kw, *name);
	return 0;
}

static int parse_struct(P *p, Facts *fx, TypeId *tp)
{
	char *name;
	TypeId t;
	int line = p->t.line, col = p->t.col;
	TRY(item_header(p, "struct", &name, &t));
	*tp = t;
	int named;
	uint32_t n;
	TypeId *types;
	const char **names;
	TRY(parse_fields(p, t, name, &named, &n, &types, &names));
	if (named != 1)
		TRY(expect_p(p, ";", "after a tuple or unit struct"));
	if (fx->repr_int)
		return err_at(p, fx->repr_line, fx->repr_col, "`#[repr(%s)]` is an enum's only", repr_int_name(fx->repr_int));
	type_struct_define(p->m, name, n, types, named == 1 ? names : NULL, fx->repr_c);
	if (name_type_args(name) && !range_adt_kind(p->m, t)) /* for40 */
		return err_at(p, line, col, "struct %s: core's range has the fields `start` and `end` of one integer type "
			      "(and RangeInclusive `exhausted: bool`)", name);
	return check_facts(p, fx, adt_of(p->m, t));
}

static int parse_enum(P *p, Facts *fx, TypeId *tp)
{
	char *name;
	TypeId t;
	int line = p->t.line, col = p->t.col;
	TRY(item_header(p, "enum", &name, &t));
	*tp = t;
	TRY(expect_p(p, "{", "before the variants"));
	const char **vnames = NULL;
	uint32_t nv = 0, capv = 0, capn = 0, capf = 0, capm = 0, n2 = 0, n3 = 0, n4 = 0;
	uint32_t *nfields = NULL;
	TypeId **fields = NULL;
	const char ***names = NULL;
	int64_t *discrs = NULL, discrs_prev = 0;
	uint32_t n5 = 0, capd = 0;
	int explicit_discr = 0;
	while (!is_p(p, "}")) {
		if (nv) {
			TRY(expect_p(p, ",", "between variants"));
			if (is_p(p, "}"))
				break;
		}
		int vline = p->t.line, vcol = p->t.col;
		const char *vn;
		TRY(parse_ident(p, &vn, "a variant name"));
		for (uint32_t v = 0; v < nv; v++)
			if (strcmp(vnames[v], vn) == 0)
				return err_at(p, vline, vcol, "variant %s of %s is declared twice", vn, name);
		if (nv >= MAX_VARIANTS)
			return err_at(p, vline, vcol, "enum %s has more than %d variants", name, MAX_VARIANTS);
		int named;
		uint32_t n;
		TypeId *types;
		const char **fnames;
		char item[600];
		snprintf(item, sizeof item, "%s::%s", name, vn);
		TRY(parse_fields(p, t, item, &named, &n, &types, &fnames));
		/* `A = 3` / `M = -1` (unit variants only, as the frontend admits them): an omitted one
		 * is the previous one + 1, or 0 (rustc's AdtDef::discriminants) */
		int64_t dv = nv ? discrs_prev + 1 : 0;
		if (is_p(p, "=")) {
			int dline = p->t.line, dcol = p->t.col;
			next(p);
			int neg = is_p(p, "-");
			if (neg)
				next(p);
			uint64_t mag = 0;
			TRY(parse_u64(p, &mag, "a discriminant"));
			if (n && !fx->repr_int) /* repr40: a primitive repr allows it (rustc's E0732 otherwise) */
				return err_at(p, dline, dcol, "variant %s of %s: an explicit discriminant on a variant with fields",
					      vn, name);
			if (mag > (neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX))
				return err_at(p, dline, dcol, "variant %s of %s: discriminant out of the range of isize", vn,
					      name);
			dv = neg ? (int64_t)(0 - mag) : (int64_t)mag;
			explicit_discr = 1;
		} else if (nv && discrs_prev == INT64_MAX) {
			return err_at(p, vline, vcol, "variant %s of %s: its discriminant overflows isize", vn, name);
		}
		for (uint32_t v = 0; v < nv; v++)
			if (discrs[v] == dv)
				return err_at(p, vline, vcol, "variant %s of %s: discriminant %lld is already variant %s's", vn,
					      name, (long long)dv, vnames[v]);
		discrs_prev = dv;
		*VEC_PUSH(p->tmp, discrs, n5, capd) = dv;
		*VEC_PUSH(p->tmp, vnames, nv, capv) = vn;
		*VEC_PUSH(p->tmp, nfields, n2, capn) = n;
		*VEC_PUSH(p->tmp, fields, n3, capf) = types;
		*VEC_PUSH(p->tmp, names, n4, capm) = named == 1 ? fnames : NULL;
	}
	next(p);
	if (!nv)
		return err_at(p, line, col, "enum %s has no variants", name);
	int core = core_enum_index(name);
	int internal = 0;
	if (explicit_discr && core >= 0)
		return err_at(p, line, col, "enum %s: core's enums have no explicit discriminants", name);
	if (explicit_discr && !fx->repr_int)
		for (uint32_t v = 0; v < nv; v++)
			if (nfields[v])
				return err_at(p, line, col, "enum %s: explicit discriminants on an enum with fields (variant %s)",
					      name, vnames[v]);
	if (core >= 0) {
		if (nv != 2 || strcmp(vnames[0], core_enum_variant(core, 0)) != 0 ||
		    strcmp(vnames[1], core_enum_variant(core, 1)) != 0)
			return err_at(p, line, col, "enum %s: core's variants are %s, %s in this order", name,
				      core_enum_variant(core, 0), core_enum_variant(core, 1));
		for (uint32_t v = 0; v < 2; v++)
			if (nfields[v] > 1 || names[v])
				return err_at(p, line, col, "enum %s: variant %s holds at most one positional field", name,
					      vnames[v]);
		if (core == 0 && nfields[0])
			return err_at(p, line, col, "enum %s: None holds no field", name);
		/* `?`'s residuals leave the uninhabited variant empty (Option's None is empty anyway) */
		int empty = core == 0 ? nfields[1] == 0 : nfields[0] == 0 || nfields[1] == 0;
		if (core == 2 && empty)
			return err_at(p, line, col, "enum %s: both variants hold a field", name);
		if (core == 1 && nfields[1] == 0)
			return err_at(p, line, col, "enum %s: Err holds a field", name);
		char *want = core_name(p->m, core, nfields, fields);
		int differs = strcmp(want, name) != 0;
		if (differs)
			err_at(p, line, col, "enum %s: its variants' fields make it %s", name, want);
		free(want);
		if (differs)
			return -1;
		internal = core == 2 || empty;
	}
	if ((fx->repr_c || fx->repr_int) && core >= 0)
		return err_at(p, fx->repr_line, fx->repr_col, "enum %s: core's enums have no repr", name);
	if (fx->repr_int && nv == 1)
		return err_at(p, fx->repr_line, fx->repr_col, "enum %s: a repr on an enum of one variant is not supported",
			      name);
	for (uint32_t v = 0; fx->repr_int && v < nv; v++)
		if (!repr_int_fits(fx->repr_int, discrs[v]))
			return err_at(p, fx->repr_line, fx->repr_col, "enum %s: variant %s's discriminant %lld does not fit `%s`",
				      name, vnames[v], (long long)discrs[v], repr_int_name(fx->repr_int));
	type_enum_define_discr(p->m, name, nv, vnames, nfields, (const TypeId *const *)fields,
			       (const char *const *const *)names, internal, explicit_discr ? discrs : NULL, fx->repr_int,
			       fx->repr_c);
	Adt *a = adt_of(p->m, t);
	if (internal)
		a->internal = 1;
	if (core >= 0) {
		a->is_copy = 1;
		for (uint32_t v = 0; v < nv; v++)
			for (uint32_t i = 0; i < nfields[v]; i++)
				a->is_copy &= (uint8_t)type_copy(p->m, fields[v][i]);
	}
	return check_facts(p, fx, a);
}

/* `derive` '(' 'Clone' ',' 'Copy' ')' ']' after `#[`: derive37, rustc's spelling of a Copy item
 * (the frontend's `#[derive(Clone, Copy)]`); derive38: `derive(Clone)`, a struct deriving Clone alone
 * (*clone_only set) */
static int parse_derive(P *p, int *clone_only)
{
	next(p); /* derive */
	TRY(expect_p(p, "(", "after `derive`"));
	TRY(expect_id(p, "Clone", "in `#[derive(Clone, Copy)]`: the only derive of the subset"));
	if (is_p(p, ")")) {
		next(p);
		*clone_only = 1;
		return expect_p(p, "]", "to close the attribute");
	}
	TRY(expect_p(p, ",", "after `Clone`"));
	TRY(expect_id(p, "Copy", "in `#[derive(Clone, Copy)]`: the only derive of the subset"));
	TRY(expect_p(p, ")", "to close `derive(..)`"));
	return expect_p(p, "]", "to close the attribute");
}

/* `repr` '(' ( 'C' | INT | 'C' ',' INT ) ')' ']' after `#[` (clone39: a struct laid out in declaration
 * order; repr40: an enum's C or primitive representation, INT one of u8 .. isize, print.c's order) */
static int parse_repr(P *p, Facts *fx, int line, int col)
{
	if (fx->repr_line)
		return ERR("`#[repr(..)]` given twice");
	next(p); /* repr */
	TRY(expect_p(p, "(", "after `repr`"));
	if (is_id(p, "C")) {
		fx->repr_c = 1;
		next(p);
		if (!is_p(p, ","))
			goto close;
		next(p);
	}
	for (int k = TY_U8; k <= TY_ISIZE && !fx->repr_int; k++)
		if (is_id(p, repr_int_name(k)))
			fx->repr_int = (uint8_t)k;
	if (!fx->repr_int)
		return unexpected(p, fx->repr_c ? "expected an integer type after `C,` (u8 .. isize)"
						: "expected `C` or an integer type (u8 .. isize) in `#[repr(..)]`");
	next(p);
close:
	TRY(expect_p(p, ")", "to close `repr(..)`"));
	fx->repr_line = line, fx->repr_col = col;
	return expect_p(p, "]", "to close the attribute");
}

/* An item's attributes: `#[derive(Clone, Copy)]` (*copy_line set to its line), `#[repr(C)]`, then
 * `#[layout(..)]`, each optional, in this order (print.c's) */
static int parse_attrs(P *p, Facts *fx, int *copy_line, int *copy_col, int *clone_only)
{
	while (is_p(p, "#")) {
		int line = p->t.line, col = p->t.col;
		next(p); /* # */
		TRY(expect_p(p, "[", "after '#'"));
		if (is_id(p, "repr")) {
			TRY(parse_repr(p, fx, line, col));
			continue;
		}
		if (!is_id(p, "derive")) {
			TRY(parse_facts(p, fx, line, col));
			break;
		}
		if (*copy_line || fx->repr_line)
			return ERR(*copy_line ? "`#[derive(Clone, Copy)]` given twice" : "`#[derive(..)]` after `#[repr(C)]`");
		TRY(parse_derive(p, clone_only));
		*copy_line = line, *copy_col = col;
	}
	return 0;
}

/* derive37: a Copy item (not core's, which are Copy by their arguments) whose fields are all Copy:
 * the fields held by value are defined before the item (the printer's order) */
static int set_copy(P *p, TypeId t, int line, int col)
{
	Adt *a = adt_of(p->m, t);
	if (!line)
		return 0;
	if (core_enum_index(a->name) >= 0)
		return err_at(p, line, col, "enum %s: core's enums are Copy when their arguments are, not derived", a->name);
	a->is_copy = 1;
	uint32_t v = 0;
	int f = adt_noncopy_field(p->m, a, &v);
	if (f < 0)
		return 0;
	if (a->enum_defined)
		return err_at(p, line, col, "Copy enum %s: field %d of variant %s is not Copy", a->name, f, a->variants[v].name);
	return err_at(p, line, col, "Copy struct %s: field %d is not Copy", a->name, f);
}

int parse_item(P *p)
{
	Facts fx;
	memset(&fx, 0, sizeof fx);
	int copy_line = 0, copy_col = 0, clone_only = 0;
	TRY(parse_attrs(p, &fx, &copy_line, &copy_col, &clone_only));
	TypeId t = NO_ID;
	if (is_id(p, "struct"))
		TRY(parse_struct(p, &fx, &t));
	else if (is_id(p, "enum"))
		TRY(parse_enum(p, &fx, &t));
	else
		return unexpected(p, "expected `struct` or `enum` after the item's attributes");
	if (clone_only && core_enum_index(adt_of(p->m, t)->name) >= 0)
		return err_at(p, copy_line, copy_col, "`#[derive(Clone)]` without Copy is an item's of the source only");
	if (clone_only)
		adt_of(p->m, t)->is_clone = 1;
	return clone_only ? 0 : set_copy(p, t, copy_line, copy_col);
}
