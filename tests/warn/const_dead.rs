// const33: dead_code of const items: one named only by a dead fn or by a dead const, one never named
// (in a live body), `_`-prefixed ones never; one in a dead fn's body is the fn's warning only
const A: u32 = 1;
const B: u32 = A + 1;
const _C: u32 = 3;
const ONLY_DEAD: u32 = 4;
const BY_DEAD_CONST: u32 = 5;
const DEAD_CONST: u32 = BY_DEAD_CONST * 2;

async fn live() -> u32 {
    const E: u32 = 5;
    const F: u32 = 6;
    B + E
}

fn dead() -> u32 {
    const G: u32 = 5;
    G + ONLY_DEAD
}
