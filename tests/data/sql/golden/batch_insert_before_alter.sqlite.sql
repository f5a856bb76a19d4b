!! CommandError: Can't specify insert_before or insert_after when using ALTER; please specify recreate='always'
