#!/usr/bin/env python3
"""tests/robust/campaign28.py -- issue 23's sixth sweep (hunt28): the newest forms in counts of 1k / 10k in one fn
(match guards, ref bindings, char, `?`, references held across awaits, impl methods, values of arrays in a
trace), `check` of N awaits each holding its own saved local (N + 3 schedules: their traces), and a few
malformed char literals and `--args` values.

usage: python3 tests/robust/campaign28.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]

Printed per invocation as campaign24.py prints. Not part of `make check`: the findings are cases in
tests/robust/cases (ownlets_check_300, ready_array_80_*) or, when left, in DESIGN.md (Limits and reliability).
Compare a shape's 1k and 10k times (or instruction counts under callgrind): ~10x is linear.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)

w = campaign24.w
Y = "yield_now().await;"
GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py")


def classes(tmp):
    C = {}
    d = []

    def rs(name, text, cmd="verify", extra=""):
        p = w(tmp, name + ".rs", text)
        d.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    for n in (1000, 10000):
        # left (sema_borrowck.c vs_join_rec): 2k / 4k arms 570M / 2,140M instructions
        rs("guards_%d" % n, "async fn g(x: u32) -> u32 { %s match x { %s _ => 0 } }\n"
           % (Y, " ".join("v if v == %d => %d," % (i, i % 7) for i in range(n))))
        rs("ref_bindings_%d" % n, "struct P { a: u32, b: u32 }\nasync fn g(x: u32) -> u32 { let p = P { a: x, b: 1 }; "
           "let mut s = 0u32; %s %s s }\n" % (Y, " ".join("match p { P { ref a, .. } => { s += *a; } }" for _ in range(n))))
        rs("chars_%d" % n, "async fn g() -> u32 { let mut s = 0u32; %s %s s }\n"
           % (" ".join("let c%d = 'x'; if c%d == 'x' { s += 1; }" % (i, i) for i in range(n)), Y))
        rs("try_%d" % n, "fn h(x: u32) -> Option<u32> { Some(x) }\nasync fn g() -> Option<u32> { let mut s = 0u32; %s %s Some(s) }\n"
           % (" ".join("s += h(%d)?;" % (i % 5) for i in range(n)), Y))
        rs("ref_across_await_%d" % n, "async fn g(x: u32) -> u32 { let mut s = 0u32; %s s }\n"
           % " ".join("{ let r%d = &x; %s s += *r%d; }" % (i, Y, i) for i in range(n)))
        rs("methods_%d" % n, "struct C { n: u32 }\nimpl C {\n%s}\nasync fn g() -> u32 { let c = C { n: 1 }; %s c.m%d() }\n"
           % ("".join("    fn m%d(&self) -> u32 { self.n + %d }\n" % (i, i % 3) for i in range(n)), Y, n - 1))
    for n in (250, 500, 1000, 2000):
        p = os.path.join(tmp, "ownlets_%d.rs" % n)
        d.append(("ownlets_check_%d" % n, "python3 %s ownlets %d > %s && $BIN check %s" % (GEN, n, p, p)))
    for n in (80, 4096):
        rs("ready_array_%d" % n, "async fn g() -> [u32; %d] { let mut a = [1u32; %d]; a[%d] = 7; %s a }\n" % (n, n, n - 1, Y),
           "run", "--entry g | tail -1 | tail -c 40")
    C["new-forms"] = d

    c = []
    for name, lit in (("char_past_max", r"'\u{110000}'"), ("char_overlong", r"'\u{0000000000000041}'"),
                      ("char_surrogate", r"'\u{D800}'"), ("char_empty", "''"), ("char_nul", "'\\0'")):
        p = w(tmp, name + ".rs", "async fn g() -> char {\n    %s\n    %s\n}\n" % (Y, lit))
        c.append((name, "$BIN run %s --entry g" % p))
    p = w(tmp, "char_param.rs", "async fn g(c: char) -> char {\n    %s\n    c\n}\n" % Y)
    for v in ("a", "'a'", "97", "1114112"):
        c.append(("char_args_%s" % v.replace("'", "q"), "$BIN run %s --entry g --args=%s" % (p, v)))
    C["char"] = c
    return C


def main():
    campaign24.campaign("campaign28", classes, sys.argv, None, usage=__doc__)


if __name__ == "__main__":
    main()
