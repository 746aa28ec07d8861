/* crate_report.c — `coroslim crate`'s reports: the table, the JSON (schema in
 * DESIGN.md, "coroslim crate") and the self-contained HTML page (sortable
 * table, SVG bars of each future's bytes before and after each pass). */
#define _XOPEN_SOURCE 700 /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crate.h"

/* ------------------------------------------------------------------ */
/* output                                                              */
/* ------------------------------------------------------------------ */

static void json_i64(FILE *out, int64_t v)
{
	if (v < 0)
		fputs("null", out);
	else
		fprintf(out, "%lld", (long long)v);
}

typedef struct Totals {
	uint32_t futures, fires[NPASSES_CRATE], twice;
	uint64_t size, poll, drop, twice_bytes, save_bytes;
	int64_t mir_stmts[NPASSES_CRATE], mir_blocks[NPASSES_CRATE], flash[NPASSES_CRATE], ram[NPASSES_CRATE];
} Totals;

static Totals totals(const CrateRun *r)
{
	Totals t = {0};
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		t.futures++;
		t.size += f->ts ? f->ts->size : 0;
		t.poll += f->poll, t.drop += f->drop;
		t.twice += f->twice > 0, t.twice_bytes += f->twice;
		t.save_bytes += (uint64_t)f->save_bytes;
		for (int p = 0; p < NPASSES_CRATE; p++) {
			if (f->pass[p].fires != 1)
				continue;
			t.fires[p]++;
			t.mir_stmts[p] += f->pass[p].mir_stmts, t.mir_blocks[p] += f->pass[p].mir_blocks;
			t.flash[p] += f->pass[p].flash > 0 ? f->pass[p].flash : 0;
			t.ram[p] += f->pass[p].ram > 0 ? f->pass[p].ram : 0;
		}
	}
	return t;
}

void crate_report_json(const CrateRun *r, FILE *out)
{
	fputs("{\"schema\":\"coroslim-crate/1\",\"package\":", out);
	json_string(out, r->pkg.name);
	fputs(",\"version\":", out);
	json_string(out, r->pkg.version);
	fputs(",\"crate\":", out);
	json_string(out, r->pkg.crate);
	fprintf(out, ",\"profile\":\"%s\",\"opt_level\":", r->release ? "release" : "dev");
	json_string(out, r->opt_level);
	fputs(",\"panic\":", out);
	json_string(out, r->panic);
	fputs(",\"target\":", out);
	json_string(out, r->target ? r->target : r->host);
	fprintf(out, ",\"text_ro\":%llu,\"objects\":%u,\"futures\":[", (unsigned long long)r->text_ro, r->nobjects);
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		fputs(i ? ",\n{" : "\n{", out);
		fputs("\"name\":", out);
		json_string(out, f->resume);
		fputs(",\"type\":", out);
		json_string(out, f->type);
		fprintf(out, ",\"kind\":\"%s\",\"location\":", kind_name[f->kind]);
		json_string(out, f->loc);
		fprintf(out, ",\"imported\":%s,\"skipped\":", f->imported ? "true" : "false");
		json_string(out, f->why_skipped);
		fprintf(out, ",\"states\":%u,\"mir_blocks\":%u,\"mir_stmts\":%u,\"opaque\":%u", f->states, f->blocks, f->stmts,
			f->opaque);
		if (f->ts) {
			const TypeSize *t = f->ts;
			fprintf(out, ",\"size\":%llu,\"align\":%llu,\"discriminant\":%llu,\"end_padding\":%llu,\"instances\":%u",
				(unsigned long long)t->size, (unsigned long long)t->align, (unsigned long long)t->discr,
				(unsigned long long)t->end_pad, f->instances);
			fprintf(out, ",\"upvars\":%llu,\"variants\":[", (unsigned long long)f->upvars);
			for (uint32_t j = 0; j < t->nv; j++) {
				fprintf(out, "%s{\"name\":", j ? "," : "");
				json_string(out, t->v[j].name);
				fprintf(out, ",\"size\":%llu,\"fields\":[", (unsigned long long)t->v[j].size);
				for (uint32_t k = 0; k < t->v[j].nf; k++) {
					const TsField *x = &t->v[j].f[k];
					static const char *const fk[] = {"upvar", "local", "padding"};
					fprintf(out, "%s{\"kind\":\"%s\",\"name\":", k ? "," : "", fk[x->kind]);
					json_string(out, x->name);
					fprintf(out, ",\"size\":%llu,\"type\":", (unsigned long long)x->size);
					json_string(out, x->type);
					fputc('}', out);
				}
				fputs("]}", out);
			}
			fputc(']', out);
		} else
			fputs(",\"size\":null", out);
		fprintf(out, ",\"held_twice\":%llu,\"held_twice_names\":", (unsigned long long)f->twice);
		json_string(out, f->twice_names);
		fprintf(out, ",\"poll_bytes\":%llu,\"drop_bytes\":%llu,\"poll_symbols\":%u,\"drop_symbols\":%u",
			(unsigned long long)f->poll, (unsigned long long)f->drop, f->poll_syms, f->drop_syms);
		fputs(",\"passes\":[", out);
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			fprintf(out, "%s{\"pass\":\"%s\",\"fires\":%s,\"mir_stmts\":%d,\"mir_blocks\":%d,\"flash_bytes\":",
				p ? "," : "", pass_name[p], q->fires == 1 ? "true" : q->fires == 2 ? "\"candidate\"" : "false",
				q->mir_stmts, q->mir_blocks);
			json_i64(out, q->flash);
			fputs(",\"ram_bytes\":", out);
			json_i64(out, q->ram);
			fputs(",\"why\":", out);
			json_string(out, q->why);
			fputs(",\"rewrite\":", out);
			json_string(out, q->rewrite);
			fputs(",\"caveat\":", out);
			json_string(out, q->caveat);
			fputc('}', out);
		}
		fprintf(out, "],\"can_save_bytes\":%lld,\"can_save_mir_stmts\":%lld}", (long long)f->save_bytes,
			(long long)f->save_mir);
	}
	fputs("\n],\"dependency_futures\":[", out);
	uint64_t dsize = 0, dpoll = 0, ddrop = 0;
	for (uint32_t i = 0; i < r->ndep; i++) {
		const DepFuture *d = &r->dep[i];
		dsize += d->ts->size, dpoll += d->poll, ddrop += d->drop;
		fputs(i ? ",\n{\"type\":" : "\n{\"type\":", out);
		json_string(out, d->ts->type);
		fputs(",\"path\":", out);
		json_string(out, d->path);
		fprintf(out, ",\"size\":%llu,\"align\":%llu,\"upvars\":%llu,\"held_twice\":%llu,\"held_twice_names\":",
			(unsigned long long)d->ts->size, (unsigned long long)d->ts->align, (unsigned long long)d->upvars,
			(unsigned long long)d->twice);
		json_string(out, d->twice_names);
		fprintf(out, ",\"poll_bytes\":%llu,\"drop_bytes\":%llu,\"poll_symbols\":%u,\"drop_symbols\":%u}",
			(unsigned long long)d->poll, (unsigned long long)d->drop, d->poll_syms, d->drop_syms);
	}
	Totals t = totals(r);
	fprintf(out, "\n],\"totals\":{\"dependency_futures\":%u,\"dependency_size\":%llu,"
		"\"dependency_poll_bytes\":%llu,\"dependency_drop_bytes\":%llu,",
		r->ndep, (unsigned long long)dsize, (unsigned long long)dpoll, (unsigned long long)ddrop);
	fprintf(out, "\"futures\":%u,\"not_imported\":%u,\"size\":%llu,\"poll_bytes\":%llu,"
		"\"drop_bytes\":%llu,\"held_twice\":%u,\"held_twice_bytes\":%llu,\"can_save_bytes\":%llu,\"passes\":[",
		t.futures, r->not_imported, (unsigned long long)t.size, (unsigned long long)t.poll,
		(unsigned long long)t.drop, t.twice, (unsigned long long)t.twice_bytes, (unsigned long long)t.save_bytes);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "%s{\"pass\":\"%s\",\"fires\":%u,\"mir_stmts\":%lld,\"mir_blocks\":%lld,\"flash_bytes\":%lld,"
			"\"ram_bytes\":%lld}",
			p ? "," : "", pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p],
			(long long)t.flash[p], (long long)t.ram[p]);
	fputs("]}}\n", out);
}

static void makeup_text(const Future *f, FILE *out)
{
	const TypeSize *t = f->ts;
	fprintf(out, "discriminant %llu", (unsigned long long)t->discr);
	if (f->upvars)
		fprintf(out, ", upvars %llu", (unsigned long long)f->upvars);
	for (uint32_t j = 0; j < t->nv; j++) {
		const TsVariant *v = &t->v[j];
		if (!crate_is_suspend(v))
			continue;
		fprintf(out, "; %s:", v->name);
		int any = 0;
		for (uint32_t k = 0; k < v->nf; k++) {
			const TsField *x = &v->f[k];
			if (x->kind == F_UPVAR)
				continue;
			fprintf(out, "%s %s %llu", any ? "," : "", x->kind == F_PADDING ? "padding" : x->name,
				(unsigned long long)x->size);
			any = 1;
		}
		if (!any)
			fputs(" (upvars only)", out);
	}
	if (t->end_pad)
		fprintf(out, "; end padding %llu", (unsigned long long)t->end_pad);
}

void crate_report_table(const CrateRun *r, FILE *out)
{
	Totals t = totals(r);
	fprintf(out, "coroslim crate: %s %s (crate %s), %s profile (opt-level %s, panic=%s), %s\n", r->pkg.name,
		r->pkg.version, r->pkg.crate, r->release ? "release" : "dev", r->opt_level, r->panic,
		r->target ? r->target : r->host);
	fprintf(out, "%u futures (async fn and async block bodies); sorted by what can be saved\n\n", r->nfut);
	fprintf(out, "%-4s %-24s %6s %6s %6s %6s %9s  %s\n", "#", "location", "states", "size", "poll", "drop",
		"can save", "future");
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		char size[32], save[48];
		if (f->ts)
			snprintf(size, sizeof size, "%llu", (unsigned long long)f->ts->size);
		else
			snprintf(size, sizeof size, "-");
		if (f->save_bytes)
			snprintf(save, sizeof save, "%lld B", (long long)f->save_bytes);
		else if (f->save_mir > 0)
			snprintf(save, sizeof save, "%lld MIR", (long long)f->save_mir);
		else
			snprintf(save, sizeof save, "-");
		fprintf(out, "%-4u %-24s %6u %6s %6llu %6llu %9s  %s %s\n", i + 1, f->loc ? f->loc : "?", f->states, size,
			(unsigned long long)f->poll, (unsigned long long)f->drop, save, kind_name[f->kind], f->resume);
		if (!f->imported)
			fprintf(out, "     not imported: %s\n", f->why_skipped ? f->why_skipped : "?");
		if (f->ts) {
			fputs("     layout: ", out);
			makeup_text(f, out);
			if (f->instances > 1)
				fprintf(out, " (largest of %u instances)", f->instances);
			fputc('\n', out);
		} else
			fputs("     layout: no instance in this crate (generic; -Zprint-type-sizes prints none)\n", out);
		if (!f->poll_syms)
			fputs("     poll: no code in this crate's object (rustc compiles it where it is polled: "
			      "downstream, or inlined)\n",
			      out);
		if (f->twice)
			fprintf(out, "     holds its arguments twice: %s (%llu bytes) upvar and saved local "
				"(rust-lang/rust#62958); by hand: use the argument only before the first await, or pass a "
				"large value by reference (caveat: the future then borrows from the caller)\n",
				f->twice_names, (unsigned long long)f->twice);
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			if (!q->fires)
				continue;
			if (q->mir_stmts < 0) /* growth said as plainly as savings */
				fprintf(out, "     %s: %s; %s %d MIR statements, removes %d blocks", pass_name[p], q->why,
					q->fires == 1 ? "adds" : "would add, if it fired,", -q->mir_stmts, q->mir_blocks);
			else
				fprintf(out, "     %s: %s; %s %d MIR statements, %d blocks", pass_name[p], q->why,
					q->fires == 1 ? "removes" : "would remove, if it fired,", q->mir_stmts, q->mir_blocks);
			if (q->flash >= 0)
				fprintf(out, ", %lld bytes of code (its poll and drop)", (long long)q->flash);
			if (q->ram >= 0)
				fprintf(out, ", %lld bytes of future", (long long)q->ram);
			if (q->flash < 0 && q->ram < 0)
				fputs(" (bytes not modelled)", out);
			fputc('\n', out);
			if (q->rewrite)
				fprintf(out, "       by hand: %s (caveat: %s)\n", q->rewrite, q->caveat);
		}
	}
	fprintf(out, "\ntotals: %u futures, %llu bytes of futures, poll %llu + drop %llu bytes of code "
		"(crate objects: %llu bytes text+ro)\n",
		t.futures, (unsigned long long)t.size, (unsigned long long)t.poll, (unsigned long long)t.drop,
		(unsigned long long)r->text_ro);
	if (t.twice)
		fprintf(out, "  holds arguments twice: %u futures, %llu bytes\n", t.twice, (unsigned long long)t.twice_bytes);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "  %-20s fires on %u: %lld MIR statements, %lld blocks; %lld bytes of code, %lld bytes of futures\n",
			pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p],
			(long long)t.flash[p], (long long)t.ram[p]);
	if (r->not_imported)
		fprintf(out, "  not imported: %u futures (the importer's message is on each)\n", r->not_imported);
	fprintf(out, "  can save: %llu bytes (code a pass deletes + future bytes), where measured\n",
		(unsigned long long)t.save_bytes);
	if (!r->ndep)
		return;
	/* other crates' generic futures: laid out and compiled here, not in this crate's MIR */
	uint64_t dsize = 0, dpoll = 0, ddrop = 0;
	fprintf(out, "\nother crates' futures instantiated in this crate (generic there: their layout and code are "
		"this crate's; no MIR here, so no passes): %u\n", r->ndep);
	fprintf(out, "%6s %6s %6s  %s\n", "size", "poll", "drop", "future");
	for (uint32_t i = 0; i < r->ndep; i++) {
		const DepFuture *d = &r->dep[i];
		dsize += d->ts->size, dpoll += d->poll, ddrop += d->drop;
		fprintf(out, "%6llu %6llu %6llu  %s\n", (unsigned long long)d->ts->size, (unsigned long long)d->poll,
			(unsigned long long)d->drop, d->ts->type);
		if (d->twice)
			fprintf(out, "                      holds its arguments twice: %s (%llu bytes)\n", d->twice_names,
				(unsigned long long)d->twice);
	}
	fprintf(out, "totals: %u futures, %llu bytes of futures, poll %llu + drop %llu bytes of code\n", r->ndep,
		(unsigned long long)dsize, (unsigned long long)dpoll, (unsigned long long)ddrop);
}

/* ------------------------------------------------------------------ */
/* html: one self-contained page                                       */
/* ------------------------------------------------------------------ */

static void html_text(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* Bytes of code per future: rustc's (measured) and after each pass (rustc's
 * minus what the pass deletes, where that is measured; grey where not). */
static void html_bars(const Future *f, uint64_t scale, FILE *out)
{
	const int w = 220, bar = 11, gap = 3, label = 130;
	int n = 1 + NPASSES_CRATE;
	fprintf(out, "<svg class=\"bars\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"bytes of code\">",
		label + w + 60, n * (bar + gap));
	uint64_t before = f->poll + f->drop;
	for (int i = 0; i < n; i++) {
		const char *name = i == 0 ? "rustc" : pass_name[i - 1];
		const PassFacts *q = i ? &f->pass[i - 1] : NULL;
		int modelled = !q || q->fires != 1 || q->flash >= 0;
		uint64_t v = before;
		if (q && q->fires == 1 && q->flash > 0)
			v = before > (uint64_t)q->flash ? before - (uint64_t)q->flash : 0;
		int len = scale ? (int)((double)v * w / (double)scale + 0.5) : 0;
		int y = i * (bar + gap);
		fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"10\">%s</text>", y + bar - 2, name);
		fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %llu bytes%s</title></rect>",
			label, y, len, bar, i == 0 ? "#4a6fa5" : modelled ? "#6aa56a" : "#bbbbbb", name, (unsigned long long)v,
			modelled ? "" : " (what the pass saves in bytes is not modelled)");
		fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%llu%s</text>", label + len + 4, y + bar - 2,
			(unsigned long long)v, modelled ? "" : " ?");
	}
	fputs("</svg>", out);
}

void crate_report_html(const CrateRun *r, FILE *out)
{
	Totals t = totals(r);
	uint64_t scale = 0;
	for (uint32_t i = 0; i < r->nfut; i++)
		if (r->fut[i].poll + r->fut[i].drop > scale)
			scale = r->fut[i].poll + r->fut[i].drop;
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>coroslim crate: ", out);
	html_text(out, r->pkg.name);
	fputs("</title>\n<style>\nbody{font:13px sans-serif;margin:1em}table{border-collapse:collapse}"
	      "th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top}th{background:#eee;cursor:pointer}"
	      "td.n{text-align:right}td.d{font-size:11px;max-width:32em}code{font-size:12px}\n</style></head><body>\n",
	      out);
	fputs("<h1>coroslim crate: ", out);
	html_text(out, r->pkg.name);
	fprintf(out, " %s</h1>\n<p>crate <code>", r->pkg.version);
	html_text(out, r->pkg.crate);
	fprintf(out, "</code>, %s profile (opt-level ", r->release ? "release" : "dev");
	html_text(out, r->opt_level);
	fputs(", panic=", out);
	html_text(out, r->panic);
	fputs("), ", out);
	html_text(out, r->target ? r->target : r->host);
	fprintf(out, "; %u futures, %llu bytes of futures, poll %llu + drop %llu bytes of code (the crate's objects: "
		"%llu bytes text+ro); can save %llu bytes where measured.</p>\n",
		t.futures, (unsigned long long)t.size, (unsigned long long)t.poll, (unsigned long long)t.drop,
		(unsigned long long)r->text_ro, (unsigned long long)t.save_bytes);
	fputs("<table id=\"totals\"><tr><th>pass</th><th>fires on</th><th>MIR statements</th><th>MIR blocks</th>"
	      "<th>bytes of code</th><th>bytes of futures</th></tr>\n",
	      out);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "<tr><td>%s</td><td class=\"n\">%u</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
			"<td class=\"n\">%lld</td><td class=\"n\">%lld</td></tr>\n",
			pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p], (long long)t.flash[p],
			(long long)t.ram[p]);
	fprintf(out, "<tr><td>arguments held twice (#62958)</td><td class=\"n\">%u</td><td></td><td></td><td></td>"
		"<td class=\"n\">%llu</td></tr></table>\n",
		t.twice, (unsigned long long)t.twice_bytes);
	fputs("<p>Click a column heading to sort. Bars: bytes of code (poll + drop) as rustc compiled each future, and "
	      "after each pass; grey where the pass fires but what it saves in bytes is not modelled.</p>\n"
	      "<table id=\"futures\"><thead><tr><th data-key=\"loc\">location</th><th data-key=\"name\">future</th>"
	      "<th data-key=\"states\">states</th><th data-key=\"size\">size</th><th data-key=\"poll\">poll</th>"
	      "<th data-key=\"drop\">drop</th><th data-key=\"save\">can save</th><th>make-up, passes, rewrites</th>"
	      "<th>bytes of code</th></tr></thead><tbody>\n",
	      out);
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		fputs("<tr class=\"future\" data-name=\"", out);
		html_text(out, f->resume);
		fputs("\" data-loc=\"", out);
		html_text(out, f->loc ? f->loc : "");
		fprintf(out, "\" data-states=\"%u\" data-size=\"", f->states);
		if (f->ts)
			fprintf(out, "%llu", (unsigned long long)f->ts->size);
		fprintf(out, "\" data-poll=\"%llu\" data-drop=\"%llu\" data-save=\"%lld\">", (unsigned long long)f->poll,
			(unsigned long long)f->drop, (long long)f->save_bytes);
		fputs("<td><code>", out);
		html_text(out, f->loc ? f->loc : "?");
		fputs("</code></td><td><code>", out);
		html_text(out, f->resume);
		fprintf(out, "</code><br>%s</td><td class=\"n\">%u</td><td class=\"n\">", kind_name[f->kind], f->states);
		if (f->ts)
			fprintf(out, "%llu", (unsigned long long)f->ts->size);
		else
			fputs("&ndash;", out);
		fprintf(out, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%lld</td><td class=\"d\">",
			(unsigned long long)f->poll, (unsigned long long)f->drop, (long long)f->save_bytes);
		if (!f->imported) {
			fputs("not imported: ", out);
			html_text(out, f->why_skipped);
			fputs("<br>", out);
		}
		if (f->ts) {
			char *buf = NULL;
			size_t len = 0;
			FILE *mem = open_memstream(&buf, &len);
			if (!mem)
				internal_error("out of memory");
			makeup_text(f, mem);
			fclose(mem);
			fputs("layout: ", out);
			html_text(out, buf);
			free(buf);
			fputs("<br>", out);
		}
		if (f->twice) {
			fputs("<b>holds its arguments twice</b>: ", out);
			html_text(out, f->twice_names);
			fprintf(out, " (%llu bytes; rust-lang/rust#62958)<br>", (unsigned long long)f->twice);
		}
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			if (!q->fires)
				continue;
			fprintf(out, "<b>%s</b>%s: ", pass_name[p], q->fires == 2 ? " (candidate)" : "");
			html_text(out, q->why);
			if (q->mir_stmts < 0)
				fprintf(out, "; adds %d MIR statements", -q->mir_stmts);
			else
				fprintf(out, "; removes %d MIR statements", q->mir_stmts);
			if (q->flash >= 0)
				fprintf(out, ", %lld bytes of code", (long long)q->flash);
			if (q->ram >= 0)
				fprintf(out, ", %lld bytes of future", (long long)q->ram);
			if (q->rewrite) {
				fputs("<br>&nbsp;&nbsp;by hand: ", out);
				html_text(out, q->rewrite);
				fputs(" (caveat: ", out);
				html_text(out, q->caveat);
				fputs(")", out);
			}
			fputs("<br>", out);
		}
		fputs("</td><td>", out);
		html_bars(f, scale, out);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody></table>\n", out);
	if (r->ndep) {
		/* other crates' generic futures laid out and compiled here (no MIR here: no passes) */
		fprintf(out, "<h2>Other crates' futures instantiated here (%u)</h2>\n<p>Generic in their crate: their layout "
			"and code are this crate's; their MIR is not, so no pass is shown.</p>\n<table id=\"dependency-futures\">"
			"<tr><th>future</th><th>size</th><th>poll</th><th>drop</th><th>held twice</th></tr>\n", r->ndep);
		for (uint32_t i = 0; i < r->ndep; i++) {
			const DepFuture *d = &r->dep[i];
			fputs("<tr class=\"dependency-future\"><td><code>", out);
			html_text(out, d->ts->type);
			fprintf(out, "</code></td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td>"
				"<td class=\"n\">%llu</td></tr>\n",
				(unsigned long long)d->ts->size, (unsigned long long)d->poll, (unsigned long long)d->drop,
				(unsigned long long)d->twice);
		}
		fputs("</table>\n", out);
	}
	fputs("<script>\n"
	      "(function () {\n"
	      "  var text = {loc: 1, name: 1};\n"
	      "  function sortBy(key, desc) {\n"
	      "    var body = document.querySelector('#futures tbody');\n"
	      "    var rows = Array.prototype.slice.call(body.querySelectorAll('tr.future'));\n"
	      "    rows.sort(function (a, b) {\n"
	      "      var x = a.dataset[key], y = b.dataset[key];\n"
	      "      if (!text[key]) { x = x === '' ? -1 : Number(x); y = y === '' ? -1 : Number(y); }\n"
	      "      var c = x < y ? -1 : x > y ? 1 : 0;\n"
	      "      return desc ? -c : c;\n"
	      "    });\n"
	      "    rows.forEach(function (r) { body.appendChild(r); });\n"
	      "    document.body.setAttribute('data-sorted', key);\n"
	      "  }\n"
	      "  var last = null, desc = false;\n"
	      "  document.querySelectorAll('#futures th[data-key]').forEach(function (th) {\n"
	      "    th.addEventListener('click', function () {\n"
	      "      var key = th.dataset.key;\n"
	      "      desc = key === last ? !desc : !text[key];\n"
	      "      last = key;\n"
	      "      sortBy(key, desc);\n"
	      "    });\n"
	      "  });\n"
	      "  var m = /^#sort=(\\w+)$/.exec(location.hash);\n"
	      "  if (m) {\n"
	      "    var th = document.querySelector('#futures th[data-key=\"' + m[1] + '\"]');\n"
	      "    if (th) th.click();\n"
	      "  }\n"
	      "  var done = document.createElement('p');\n"
	      "  done.id = 'ready';\n"
	      "  document.body.appendChild(done);\n"
	      "})();\n"
	      "</script>\n</body></html>\n",
	      out);
}

