// The API docs page comes from drf-spectacular without a language; say it is English.
document.documentElement.lang = "en";
