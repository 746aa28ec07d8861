// invalid (pat36): a tuple struct parameter pattern with a field too few: E0023
struct W(u32, u32);
async fn f(W(a): W) -> u32 { //~ ERROR [E0023] this pattern has 1 field, but the corresponding tuple struct has 2 fields
    a
}
