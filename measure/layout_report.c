/* layout_report.c — every coroutine's layout as rustc's -Zprint-type-sizes prints it
 * (rustc_ty_utils::layout::variant_info_for_coroutine + rustc_session::code_stats::
 * print_type_sizes), or as JSON in the schema of tests/rustc/oracle.py. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"

typedef struct RField {
	int upvar;
	char name[96];
	uint32_t size, offset, align;
	int promoted;
	TypeId ty;
	int show_type; /* rustc prints the type of unnamed locals and of __awaitee */
} RField;

typedef struct RVariant {
	uint32_t index;
	char name[32];
	uint32_t size; /* rustc's VariantInfo.size (includes the discriminant) */
	uint32_t nf;
	RField *f;
} RVariant;

static void variant_name(uint32_t v, char *buf, size_t n)
{
	static const char *const reserved[] = {"Unresumed", "Returned", "Panicked"};
	if (v < STATE_FIRST_SUSPEND)
		snprintf(buf, n, "%s", reserved[v]);
	else
		snprintf(buf, n, "Suspend%" PRIu32, v - STATE_FIRST_SUSPEND);
}

/* rustc: variant_info_for_coroutine for variant v */
static void build_variant(const Module *m, const Coroutine *c, uint32_t v, RVariant *rv)
{
	const Layout *l = c->layout;
	rv->index = v;
	variant_name(v, rv->name, sizeof rv->name);
	rv->nf = 0;
	rv->f = calloc(c->nupvars + l->nfields[v] + 1, sizeof *rv->f);
	if (!rv->f)
		internal_error("out of memory");
	uint32_t upvars_size = 0, variant_size = 0;
	for (uint32_t i = 0; i < c->nupvars; i++) {
		RField *f = &rv->f[rv->nf++];
		f->upvar = 1;
		upvar_layout_name(&c->upvars[i], f->name, sizeof f->name); /* rustc's `_ref__x` (issue 22) */
		f->size = type_size(m, c->upvars[i].ty);
		f->align = type_align(m, c->upvars[i].ty);
		f->offset = l->upvar_offset[i];
		f->ty = c->upvars[i].ty;
		if (f->offset + f->size > upvars_size)
			upvars_size = f->offset + f->size;
	}
	for (uint32_t k = 0; k < l->nfields[v]; k++) {
		uint32_t s = l->fields[l->field_start[v] + k];
		const SavedLocal *sl = &l->saved[s];
		RField *f = &rv->f[rv->nf++];
		f->upvar = 0;
		if (sl->name)
			snprintf(f->name, sizeof f->name, "%s", sl->name);
		else
			snprintf(f->name, sizeof f->name, "coroutine_field%" PRIu32, s);
		f->size = type_size(m, sl->ty);
		f->align = type_align(m, sl->ty);
		f->offset = sl->offset;
		f->promoted = sl->promoted;
		f->ty = sl->ty;
		f->show_type = !sl->name || strcmp(sl->name, "__awaitee") == 0;
		if (f->offset + f->size > variant_size)
			variant_size = f->offset + f->size;
	}
	if (variant_size == 0)
		variant_size = upvars_size;
	if (l->tag_offset >= variant_size)
		variant_size += l->tag_size;
	rv->size = variant_size;
}

static int field_cmp(const void *a, const void *b)
{
	const RField *x = a, *y = b;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	return 0;
}

static uint32_t nvariants_total(const Layout *l)
{
	return l->nvariants;
}

/* rustc's print order: Unresumed, Suspend0.., Returned, Panicked */
static uint32_t print_order(const Layout *l, uint32_t i)
{
	uint32_t n = nvariants_total(l);
	if (i == 0)
		return STATE_UNRESUMED;
	if (i < n - 2)
		return i + 2;
	return i == n - 2 ? STATE_RETURNED : STATE_POISONED;
}

static void json_str(const char *s, FILE *out)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(out, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			fprintf(out, "\\u%04x", *s);
		else
			fputc(*s, out);
	}
	fputc('"', out);
}

static void type_string(const Module *m, TypeId t, char *buf, size_t n)
{
	FILE *f = tmpfile();
	buf[0] = 0;
	if (!f)
		return;
	type_print(m, t, f);
	long len = ftell(f);
	rewind(f);
	size_t got = fread(buf, 1, len > 0 && (size_t)len < n ? (size_t)len : n - 1, f);
	buf[got] = 0;
	fclose(f);
}

static void report_text(const Module *m, const Coroutine *c, FILE *out)
{
	const Layout *l = c->layout;
	char ty[256];
	type_string(m, type_coro((Module *)m, (uint32_t)(c - m->coros)), ty, sizeof ty);
	fprintf(out, "print-type-size type: `%s`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes\n", ty, l->size,
		l->align);
	uint32_t discr = l->tag_size;
	fprintf(out, "print-type-size     discriminant: %" PRIu32 " bytes\n", discr);
	uint32_t max_variant = discr;
	for (uint32_t i = 0; i < l->nvariants; i++) {
		RVariant rv;
		build_variant(m, c, print_order(l, i), &rv);
		fprintf(out, "print-type-size     variant `%s`: %" PRIu32 " bytes\n", rv.name, rv.size - discr);
		if (rv.size > max_variant)
			max_variant = rv.size;
		qsort(rv.f, rv.nf, sizeof *rv.f, field_cmp);
		uint32_t min_off = discr;
		for (uint32_t k = 0; k < rv.nf; k++) {
			const RField *f = &rv.f[k];
			const char *kind = f->upvar ? "upvar" : "local";
			char fname[100]; /* rustc: `.{name}`, unnamed locals are named `.coroutine_fieldN` */
			snprintf(fname, sizeof fname, ".%s%s", f->show_type && !f->upvar && strcmp(f->name, "__awaitee") ? "." : "",
				 f->name);
			if (f->offset > min_off)
				fprintf(out, "print-type-size         padding: %" PRIu32 " bytes\n", f->offset - min_off);
			if (f->offset < min_off)
				fprintf(out, "print-type-size         %s `%s`: %" PRIu32 " bytes, offset: %" PRIu32
					     " bytes, alignment: %" PRIu32 " bytes",
					kind, fname, f->size, f->offset, f->align);
			else if (f->offset == min_off)
				fprintf(out, "print-type-size         %s `%s`: %" PRIu32 " bytes", kind, fname, f->size);
			else
				fprintf(out, "print-type-size         %s `%s`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes",
					kind, fname, f->size, f->align);
			if (f->show_type) {
				type_string(m, f->ty, ty, sizeof ty);
				fprintf(out, ", type: %s", ty);
			}
			fputc('\n', out);
			min_off = f->offset + f->size;
		}
		free(rv.f);
	}
	if (l->size > max_variant)
		fprintf(out, "print-type-size     end padding: %" PRIu32 " bytes\n", l->size - max_variant);
}

static void report_json(const Module *m, const Coroutine *c, FILE *out)
{
	const Layout *l = c->layout;
	fputs("{\"name\": ", out);
	json_str(c->name, out);
	fprintf(out, ", \"kind\": \"%s\", \"line\": %d, \"col\": %d, \"size\": %" PRIu32 ", \"align\": %" PRIu32
		     ", \"states\": %" PRIu32 ", \"tag_size\": %" PRIu32 ", \"tag_offset\": %" PRIu32,
		c->kind == CORO_ASYNC_FN ? "async fn" : "async block", c->line, c->col, l->size, l->align, l->nvariants,
		l->tag_size, l->tag_offset);
	/* the resume fn's counts after mir_cleanup, for comparison with rustc --emit=mir */
	const Fn *rf = c->resume ? module_find_fn(m, c->resume) : NULL;
	if (rf) {
		Fn *tmp = fn_copy((Module *)m, rf, "__coroslim_count"); /* not part of the module */
		mir_cleanup(tmp);
		FnStats st = fn_stats(tmp, 1);
		fn_free(tmp);
		FnStats raw = fn_stats(rf, 0);
		fprintf(out, ", \"mir_blocks\": %" PRIu32 ", \"mir_stmts\": %" PRIu32 ", \"raw_blocks\": %" PRIu32
			     ", \"raw_stmts\": %" PRIu32,
			st.blocks, st.stmts, raw.blocks, raw.stmts);
	}
	fputs(", \"variants\": [", out);
	for (uint32_t i = 0; i < l->nvariants; i++) {
		RVariant rv;
		build_variant(m, c, print_order(l, i), &rv);
		fprintf(out, "%s\n   {\"name\": \"%s\", \"size\": %" PRIu32 ", \"fields\": [", i ? "," : "", rv.name,
			rv.size - l->tag_size);
		for (uint32_t k = 0; k < rv.nf; k++) {
			const RField *f = &rv.f[k];
			fputs(k ? ", {\"name\": " : "{\"name\": ", out);
			json_str(f->name, out);
			fprintf(out, ", \"kind\": \"%s\", \"size\": %" PRIu32 ", \"offset\": %" PRIu32 ", \"align\": %" PRIu32
				     ", \"promoted\": %s}",
				f->upvar ? "upvar" : "local", f->size, f->offset, f->align,
				f->promoted ? "true" : "false");
		}
		fputs("]}", out);
		free(rv.f);
	}
	fputs("]}", out);
}

/* A subset enum (issue 22 item 4) as -Zprint-type-sizes prints it: variants by
 * decreasing size (stable), fields by increasing offset, padding and alignment as
 * rustc's code_stats shows them. Text form only. */
static void report_enum_text(const Module *m, const Adt *a, FILE *out)
{
	fputs("print-type-size type: `", out);
	type_print(m, a->ty, out); /* an instance: spelled as printed, not kept (issue 23) */
	fprintf(out, "`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes\n", a->size, a->align);
	/* a niche or one variant (Variants::Single): no discriminant line */
	uint32_t discr = a->tag_niche ? 0 : a->tag_size, max_variant = discr;
	if (!a->tag_niche && a->nvariants > 1)
		fprintf(out, "print-type-size     discriminant: %" PRIu32 " bytes\n", discr);
	uint32_t *order = calloc(a->nvariants, sizeof *order), *vsize = calloc(a->nvariants, sizeof *vsize);
	if (!order || !vsize)
		internal_error("out of memory");
	for (uint32_t v = 0; v < a->nvariants; v++) {
		vsize[v] = discr;
		for (uint32_t i = 0; i < a->variants[v].nfields; i++) {
			uint32_t end = a->variant_offsets[v][i] + type_size(m, a->variants[v].fields[i]);
			if (end > vsize[v])
				vsize[v] = end;
		}
		uint32_t k = v;
		while (k > 0 && vsize[order[k - 1]] < vsize[v]) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = v;
	}
	for (uint32_t k = 0; k < a->nvariants; k++) {
		uint32_t v = order[k];
		const AdtVariant *var = &a->variants[v];
		fprintf(out, "print-type-size     variant `%s`: %" PRIu32 " bytes\n", var->name, vsize[v] - discr);
		if (vsize[v] > max_variant)
			max_variant = vsize[v];
		uint32_t nf = var->nfields, *fo = calloc(nf + 1, sizeof *fo);
		if (!fo)
			internal_error("out of memory");
		for (uint32_t i = 0; i < nf; i++) { /* by (offset, size) */
			uint32_t j = i;
			while (j > 0 && (a->variant_offsets[v][fo[j - 1]] > a->variant_offsets[v][i] ||
					 (a->variant_offsets[v][fo[j - 1]] == a->variant_offsets[v][i] &&
					  type_size(m, var->fields[fo[j - 1]]) > type_size(m, var->fields[i])))) {
				fo[j] = fo[j - 1];
				j--;
			}
			fo[j] = i;
		}
		uint32_t min_off = discr;
		for (uint32_t k2 = 0; k2 < nf; k2++) {
			uint32_t i = fo[k2], off = a->variant_offsets[v][i], size = type_size(m, var->fields[i]);
			char fname[100];
			if (var->fieldnames[i])
				snprintf(fname, sizeof fname, ".%s", var->fieldnames[i]);
			else
				snprintf(fname, sizeof fname, ".%" PRIu32, i);
			if (off > min_off)
				fprintf(out, "print-type-size         padding: %" PRIu32 " bytes\n", off - min_off);
			if (off <= min_off)
				fprintf(out, "print-type-size         field `%s`: %" PRIu32 " bytes\n", fname, size);
			else
				fprintf(out, "print-type-size         field `%s`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes\n",
					fname, size, type_align(m, var->fields[i]));
			min_off = off + size;
		}
		free(fo);
	}
	if (a->size > max_variant)
		fprintf(out, "print-type-size     end padding: %" PRIu32 " bytes\n", a->size - max_variant);
	free(order);
	free(vsize);
}

static int type_is_unitish(const Module *m, TypeId t)
{
	uint8_t k = type_get(m, t)->kind;
	return k == TY_UNIT || k == TY_NEVER;
}

/* core's Poll<T> of the module (issue 22 item 4) as -Zprint-type-sizes prints it: with
 * T's niche holding Pending, no discriminant and Ready the whole value; else the tag
 * (widened to T's alignment) and T after it. Text form only. */
static void report_poll_text(const Module *m, TypeId t, FILE *out)
{
	TypeId p = type_get(m, t)->a;
	uint8_t k = type_get(m, p)->kind;
	uint32_t po = 0, ps = 0, size = type_size(m, t), align = type_align(m, t), psize = type_size(m, p);
	uint64_t pv;
	if (k != TY_UNIT && k != TY_NEVER)
		poll_niche(m, p, &po, &ps, &pv);
	uint32_t off = ps || k == TY_UNIT || k == TY_NEVER ? 0 : type_align(m, p);
	uint32_t discr = ps ? 0 : off ? off : 1;
	fputs("print-type-size type: `", out);
	type_print(m, t, out);
	fprintf(out, "`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes\n", size, align);
	if (!ps)
		fprintf(out, "print-type-size     discriminant: %" PRIu32 " bytes\n", discr);
	uint32_t ready = psize ? off + psize : (ps ? size : discr); /* rustc: the variant's size, or its layout's */
	fprintf(out, "print-type-size     variant `Ready`: %" PRIu32 " bytes\n", ready - discr);
	if (off > discr)
		fprintf(out, "print-type-size         padding: %" PRIu32 " bytes\n", off - discr);
	if (off > discr)
		fprintf(out, "print-type-size         field `.0`: %" PRIu32 " bytes, alignment: %" PRIu32 " bytes\n", psize,
			type_align(m, p));
	else
		fprintf(out, "print-type-size         field `.0`: %" PRIu32 " bytes\n", psize);
	fprintf(out, "print-type-size     variant `Pending`: 0 bytes\n");
	uint32_t max_variant = ready > discr ? ready : discr;
	if (size > max_variant)
		fprintf(out, "print-type-size     end padding: %" PRIu32 " bytes\n", size - max_variant);
}

void layout_report(const Module *m, int json, FILE *out)
{
	if (json)
		fputs("{\"coroutines\": [", out);
	int first = 1;
	for (uint32_t i = 0; i < m->ncoros; i++) {
		const Coroutine *c = &m->coros[i];
		if (!c->layout)
			continue;
		if (json) {
			fputs(first ? "\n  " : ",\n  ", out);
			report_json(m, c, out);
		} else {
			report_text(m, c, out);
		}
		first = 0;
	}
	if (json)
		fputs("\n]}\n", out);
	for (uint32_t i = 0; i < m->nadts && !json; i++)
		if (m->adts[i].enum_defined && !m->adts[i].internal) /* not `?`'s own types */
			report_enum_text(m, &m->adts[i], out);
	for (TypeId t = 0; t < m->ntypes && !json; t++) { /* Poll<T> with Pending in T's niche */
		uint32_t po, ps = 0;
		uint64_t pv;
		if (type_get(m, t)->kind == TY_POLL && !type_is_unitish(m, type_get(m, t)->a))
			poll_niche(m, type_get(m, t)->a, &po, &ps, &pv);
		if (ps)
			report_poll_text(m, t, out);
	}
}
