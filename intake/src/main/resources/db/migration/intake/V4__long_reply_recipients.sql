-- Replies are sealed to a hybrid post-quantum key (age1pq1…, about 1,960 characters).
alter table thread alter column reply_recipient set data type varchar(4000);
