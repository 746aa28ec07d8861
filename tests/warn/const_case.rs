// const33: non_upper_case_globals of const items (top level and in a body), beside non_snake_case
const limit: u32 = 4;
const Mixed_Name: u32 = 5;
const OK_1: u32 = 6;

async fn Run(x: u32) -> u32 {
    const step: u32 = 1;
    x + limit + Mixed_Name + OK_1 + step
}
