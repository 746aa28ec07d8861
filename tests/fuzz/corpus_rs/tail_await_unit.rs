// covers: unit async fns whose body is a single await with and without trailing semicolon, wrapper of an await-free fn
async fn nothing() {}
async fn semi() { nothing().await; }
async fn tail() { nothing().await }
async fn inner_val() -> u16 { 7 }
async fn forward_val() -> u16 { inner_val().await }
