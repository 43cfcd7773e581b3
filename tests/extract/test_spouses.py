def by_name(people):
    return {c.name: c for c in people.clusters}


def test_a_first_lady_sharing_an_officials_surname_is_another_person(people_in):
    people = by_name(
        people_in(
            "First Lady Emine Erdoğan opened the exhibition. Later, Erdoğan met the visiting president."
        )
    )
    assert people["Emine Erdoğan"].companion
    assert "Erdoğan" in people["Recep Tayyip Erdogan"].aliases
    assert "Erdoğan" not in people["Emine Erdoğan"].aliases


def test_madame_before_a_name_is_a_spouses_style_not_part_of_the_name(people_in):
    people = by_name(people_in("President Lula and Madame Rosangela da Silva toured the museum on Friday."))
    assert "Rosangela da Silva" in people
    assert people["Rosangela da Silva"].companion
    assert not people["Luiz Inácio Lula da Silva"].companion
