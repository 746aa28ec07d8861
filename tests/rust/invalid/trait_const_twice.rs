// invalid (consts37): a trait declaring one const name twice (E0428, at the second)
trait Tr {
    const K: u32 = 1;
    const K: u32 = 2; //~ ERROR [E0428] the name `K` is defined multiple times
}
fn f() -> u32 {
    1
}
