// consts35: non_upper_case_globals of static items ("static variable `x` should have an upper case
// name"), beside a const's
static lower: u32 = 1;
static Mixed_Case: u8 = 2;
static UPPER_1: bool = true;
const low_const: u32 = 3;

async fn f() -> u32 {
    static inner: u32 = 4;
    lower + Mixed_Case as u32 + inner + low_const + if UPPER_1 { 1 } else { 0 }
}
